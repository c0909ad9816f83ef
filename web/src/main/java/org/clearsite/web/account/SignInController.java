package org.clearsite.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form it posts. */
@Controller
class SignInController {

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "signed-out", required = false) String signedOut,
      Model model) {
    model.addAttribute(
        "error",
        error == null
            ? null
            : error.equals("throttled")
                ? "Too many failed attempts. Wait 15 minutes, then try again."
                : "Enter a correct account name and password.");
    model.addAttribute("signedOut", signedOut != null);
    return "signIn";
  }
}
