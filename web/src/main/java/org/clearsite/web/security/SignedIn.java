package org.clearsite.web.security;

import java.util.Collection;
import java.util.List;
import org.clearsite.account.Account;
import org.clearsite.account.DepartmentScope;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind a request, with the roles and department scope of their account. */
public class SignedIn implements UserDetails {

  private final Account account;
  private final String passwordHash;

  public SignedIn(Account account, String passwordHash) {
    this.account = account;
    this.passwordHash = passwordHash;
  }

  public Account account() {
    return account;
  }

  public DepartmentScope scope() {
    return account.scope();
  }

  /** Role authorities as Spring Security names them: {@code ROLE_SECURITY_OFFICER}. */
  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        account.roles().stream()
            .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
            .toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return account.name();
  }
}
