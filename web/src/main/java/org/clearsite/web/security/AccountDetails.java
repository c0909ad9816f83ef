package org.clearsite.web.security;

import org.clearsite.persistence.account.JdbcAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Reads accounts for password sign-in. Accounts without a password cannot sign in this way. Not a
 * bean: only {@link ThrottledSignIn} may check passwords, so no unthrottled provider can exist.
 */
class AccountDetails implements UserDetailsService {

  private final JdbcAccounts accounts;

  AccountDetails(JdbcAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    return accounts
        .credentials(name)
        .filter(c -> c.passwordHash() != null)
        .map(c -> new SignedIn(c.account(), c.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
