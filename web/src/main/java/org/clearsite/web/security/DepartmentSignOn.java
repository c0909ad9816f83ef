package org.clearsite.web.security;

import org.clearsite.persistence.account.JdbcAccounts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the OpenID provider vouched for into the Clearsite account of the same name; a
 * person with no account is refused. Roles and departments always come from Clearsite.
 */
final class DepartmentSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService provider = new OidcUserService();
  private final JdbcAccounts accounts;
  private final String accountClaim;

  DepartmentSignOn(JdbcAccounts accounts, String accountClaim) {
    this.accounts = accounts;
    this.accountClaim = accountClaim;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser provided = provider.loadUser(request);
    String name = provided.getClaimAsString(accountClaim);
    if (name == null || name.isBlank()) {
      throw refused("the provider gave no " + accountClaim);
    }
    return accounts
        .byName(name)
        .map(account -> new SignedInBySingleSignOn(account, provided))
        .orElseThrow(() -> refused("no Clearsite account named " + name));
  }

  private static OAuth2AuthenticationException refused(String why) {
    return new OAuth2AuthenticationException(new OAuth2Error("no_account", why, null), why);
  }
}
