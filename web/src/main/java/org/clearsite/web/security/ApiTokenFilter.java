package org.clearsite.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.clearsite.account.Account;
import org.clearsite.persistence.account.JdbcAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests that carry {@code Authorization: Bearer TOKEN} as the token's account, for
 * that request only. A token that matches no account is refused outright rather than ignored.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

  private final JdbcAccounts accounts;

  ApiTokenFilter(JdbcAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/") || bearer(request) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = bearer(request);
    Optional<Account> account =
        token.startsWith(ApiTokens.PREFIX)
            ? accounts.byTokenHash(ApiTokens.hash(token))
            : Optional.empty();
    if (account.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"unauthorised\",\"message\":\"unknown API token\"}");
      return;
    }
    SignedIn signedIn = new SignedIn(account.get(), null);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            signedIn, null, signedIn.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The token from a Bearer header, or null. */
  static String bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }
}
