package org.clearsite.web.register;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload over the limit is refused before any controller sees it: say so plainly. */
@ControllerAdvice
class UploadTooLarge {

  static final String MESSAGE =
      "The file is larger than 200 MB: split the register, or import it with clearsite import register";

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<String> tooLarge(HttpServletRequest request) {
    boolean api = request.getRequestURI().startsWith("/api/");
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .contentType(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_PLAIN)
        .body(api ? "{\"error\":\"too_large\",\"message\":\"" + MESSAGE + "\"}" : MESSAGE);
  }
}
