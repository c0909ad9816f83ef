package org.clearsite.web.register;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.clearsite.register.ImportSummary;
import org.clearsite.register.Rejection;
import org.clearsite.web.security.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/imports}: a register as multipart form data, the import's counts back. */
@RestController
@RequestMapping(produces = "application/json")
class RegisterUploadApi {

  /** The same counts as {@code import register --json}, with the department and the rejections. */
  record ImportJson(
      String department,
      long read,
      long accepted,
      long rejected,
      long created,
      long updated,
      long unchanged,
      long missing,
      List<Rejection> rejections) {

    static ImportJson of(ImportSummary s) {
      return new ImportJson(
          s.department(),
          s.read(),
          s.accepted(),
          s.rejected(),
          s.created(),
          s.updated(),
          s.unchanged(),
          s.missing().size(),
          s.rejections());
    }
  }

  record ErrorJson(String error, String message) {}

  private final RegisterUploads uploads;

  RegisterUploadApi(RegisterUploads uploads) {
    this.uploads = uploads;
  }

  @PostMapping(path = "/api/v1/imports", consumes = "multipart/form-data")
  ResponseEntity<?> upload(
      @AuthenticationPrincipal SignedIn user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "department", required = false) String department,
      @RequestParam(name = "sheet", required = false) String sheet)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return ResponseEntity.badRequest().body(new ErrorJson("invalid", "no register file"));
    }
    try (InputStream content = file.getInputStream()) {
      return ResponseEntity.ok(
          ImportJson.of(
              uploads.upload(user, file.getOriginalFilename(), content, department, sheet)));
    } catch (RegisterUploads.Refused e) {
      return ResponseEntity.badRequest().body(new ErrorJson("invalid", e.getMessage()));
    }
  }
}
