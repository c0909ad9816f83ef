package org.clearsite.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.clearsite.account.Role;
import org.clearsite.web.WebSettings;
import org.clearsite.web.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@link Layout}. */
@ControllerAdvice
class LayoutAdvice {

  private final WebSettings settings;

  LayoutAdvice(WebSettings settings) {
    this.settings = settings;
  }

  @ModelAttribute("layout")
  Layout layout(HttpServletRequest request, @AuthenticationPrincipal SignedIn user) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Layout(
        user == null ? null : user.getUsername(),
        user == null
            ? null
            : user.scope().all()
                ? "All departments"
                : user.account().departments().stream().sorted().collect(Collectors.joining(", ")),
        user != null
            && user.account().roles().stream()
                .anyMatch(r -> r == Role.ADMIN || r == Role.SECURITY_OFFICER || r == Role.ESTATES),
        settings.theme(),
        csrf == null ? "_csrf" : csrf.getParameterName(),
        csrf == null ? "" : csrf.getToken());
  }
}
