package org.clearsite.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/** A request from nobody: the API answers 401 in JSON, a page sends the browser to sign in. */
final class SignInFirst implements AuthenticationEntryPoint {

  private final LoginUrlAuthenticationEntryPoint pages;

  SignInFirst(String signInPage) {
    this.pages = new LoginUrlAuthenticationEntryPoint(signInPage);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    if (request.getRequestURI().startsWith("/api/")) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response
          .getWriter()
          .write("{\"error\":\"unauthorised\",\"message\":\"sign in or send a token\"}");
      return;
    }
    pages.commence(request, response, e);
  }
}
