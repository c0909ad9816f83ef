package org.clearsite.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page, saying only whether to retry now or later: never which part was wrong.
 */
final class SignInFailure implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.sendRedirect(
        request.getContextPath()
            + (e instanceof LockedException ? "/sign-in?error=throttled" : "/sign-in?error=wrong"));
  }
}
