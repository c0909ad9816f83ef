package org.clearsite.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in, refused while the {@link SignInThrottle} says too many attempts failed. */
final class ThrottledSignIn implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;

  ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String name = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : "unknown";
    if (throttle.refuses(name, address)) {
      throw new LockedException("too many failed sign-ins");
    }
    try {
      Authentication done = passwords.authenticate(attempt);
      throttle.succeeded(name);
      return done;
    } catch (BadCredentialsException e) {
      throttle.failed(name, address);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
