package org.clearsite.web.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clearsite.account.Role;
import org.springframework.http.HttpMethod;

/**
 * Who may use each route. Every route the application serves must be listed here, with the exact
 * pattern of its mapping: a guard test fails the build otherwise, and anything unlisted is denied.
 */
public final class AccessRules {

  /**
   * @param roles who may use it; empty for public routes (signing in, styles, scripts)
   */
  public record Rule(HttpMethod method, String pattern, Set<Role> roles) {
    public boolean isPublic() {
      return roles.isEmpty();
    }
  }

  /** Every role: what each signed-in person may read, within their department scope. */
  public static final Set<Role> ANYONE_SIGNED_IN = EnumSet.allOf(Role.class);

  /** Who loads registers: those who keep them, and the central administrator. */
  static final Set<Role> UPLOADERS = EnumSet.of(Role.ADMIN, Role.SECURITY_OFFICER, Role.ESTATES);

  /** Who settles attributions: departmental security officers and the central administrator. */
  static final Set<Role> REVIEWERS = EnumSet.of(Role.ADMIN, Role.SECURITY_OFFICER);

  public static final List<Rule> ROUTES =
      List.of(
          new Rule(HttpMethod.GET, "/sign-in", Set.of()),
          new Rule(HttpMethod.GET, "/", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/sites", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/sites/{id}", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/devices", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/devices/{id}", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.POST, "/devices/{id}/review", REVIEWERS),
          new Rule(HttpMethod.GET, "/reviews", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/imports/new", UPLOADERS),
          new Rule(HttpMethod.POST, "/imports", UPLOADERS),
          new Rule(HttpMethod.POST, "/api/v1/imports", UPLOADERS),
          new Rule(HttpMethod.GET, "/api/v1/sites", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/api/v1/sites/{id}", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/api/v1/devices", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/api/v1/devices/{id}", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.GET, "/api/v1/devices/{id}/reviews", ANYONE_SIGNED_IN),
          new Rule(HttpMethod.POST, "/api/v1/devices/{id}/reviews", REVIEWERS),
          new Rule(HttpMethod.GET, "/api/v1/reviews", ANYONE_SIGNED_IN));

  /** The OpenAPI document and Swagger UI (served by springdoc): for anyone signed in. */
  public static final List<String> DOCUMENTATION =
      List.of(
          "/v3/api-docs",
          "/v3/api-docs/**",
          "/v3/api-docs.yaml",
          "/swagger-ui.html",
          "/swagger-ui/**");

  /** Static files: the same for everyone, and needed to show the sign-in page. */
  public static final List<String> STATIC =
      List.of("/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error");

  private AccessRules() {}
}
