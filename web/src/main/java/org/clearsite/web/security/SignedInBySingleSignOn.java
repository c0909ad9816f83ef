package org.clearsite.web.security;

import java.util.Map;
import org.clearsite.account.Account;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A Clearsite account signed in through the department's OpenID provider. */
final class SignedInBySingleSignOn extends SignedIn implements OidcUser {

  private final OidcUser provided;

  SignedInBySingleSignOn(Account account, OidcUser provided) {
    super(account, null);
    this.provided = provided;
  }

  @Override
  public Map<String, Object> getClaims() {
    return provided.getClaims();
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return provided.getUserInfo();
  }

  @Override
  public OidcIdToken getIdToken() {
    return provided.getIdToken();
  }

  @Override
  public Map<String, Object> getAttributes() {
    return provided.getAttributes();
  }

  @Override
  public String getName() {
    return account().name();
  }
}
