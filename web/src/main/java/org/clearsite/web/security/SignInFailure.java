package org.clearsite.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page, saying only whether to retry now or later: never which part was wrong.
 */
final class SignInFailure implements AuthenticationFailureHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SignInFailure.class);

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof OAuth2AuthenticationException sso) {
      // Operators need to know why a provider's sign-in was refused; the person sees less.
      LOG.warn(
          "single sign-on refused: {} {}",
          sso.getError().getErrorCode(),
          String.valueOf(sso.getError().getDescription()).replaceAll("[\\r\\n]", " "));
    }
    response.sendRedirect(
        request.getContextPath()
            + (e instanceof LockedException
                ? "/sign-in?error=throttled"
                : e instanceof OAuth2AuthenticationException
                    ? "/sign-in?error=single-sign-on"
                    : "/sign-in?error=wrong"));
  }
}
