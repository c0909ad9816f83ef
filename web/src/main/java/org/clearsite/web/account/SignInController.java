package org.clearsite.web.account;

import org.clearsite.web.WebSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form it posts. */
@Controller
class SignInController {

  private final WebSettings settings;

  SignInController(WebSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "signed-out", required = false) String signedOut,
      Model model) {
    model.addAttribute(
        "error",
        error == null
            ? null
            : switch (error) {
              case "throttled" -> "Too many failed attempts. Wait 15 minutes, then try again.";
              case "single-sign-on" ->
                  "Your department's sign-in worked, but there is no Clearsite account for you."
                      + " Ask your Clearsite administrator to add one.";
              default -> "Enter a correct account name and password.";
            });
    model.addAttribute("singleSignOn", settings.singleSignOn() != null);
    model.addAttribute("signedOut", signedOut != null);
    return "signIn";
  }
}
