package org.clearsite.web.register;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.clearsite.account.Role;
import org.clearsite.register.ImportSummary;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Uploading a register: the form, and the import's result with any rejected rows. */
@Controller
class RegisterUploadController {

  /** Rejected rows shown on the page; the rest are counted. */
  static final int SHOWN = 200;

  private final RegisterUploads uploads;

  RegisterUploadController(RegisterUploads uploads) {
    this.uploads = uploads;
  }

  @GetMapping("/imports/new")
  String form(@AuthenticationPrincipal SignedIn user, Model model) {
    return form(user, model, null, "");
  }

  private static String form(SignedIn user, Model model, String problem, String department) {
    model.addAttribute("departments", departments(user));
    model.addAttribute("central", user.account().roles().contains(Role.ADMIN));
    model.addAttribute("problem", problem);
    model.addAttribute("department", department == null ? "" : department);
    return "importForm";
  }

  @PostMapping("/imports")
  String upload(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "department", required = false) String department,
      @RequestParam(name = "sheet", required = false) String sheet,
      Model model,
      HttpServletResponse response)
      throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(user, model, "Choose a register file to upload", department);
    }
    ImportSummary summary;
    try (InputStream content = file.getInputStream()) {
      summary = uploads.upload(user, file.getOriginalFilename(), content, department, sheet);
    } catch (RegisterUploads.Refused e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(user, model, e.getMessage(), department);
    }
    model.addAttribute("summary", summary);
    model.addAttribute(
        "shown", summary.rejections().subList(0, Math.min(SHOWN, summary.rejections().size())));
    return "importResult";
  }

  private static List<String> departments(SignedIn user) {
    return user.account().departments().stream().sorted().toList();
  }
}
