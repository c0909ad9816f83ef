package org.clearsite.web.security;

import java.time.Clock;
import org.clearsite.account.Role;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.web.SingleSignOn;
import org.clearsite.web.WebSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-in, route rules, CSRF, cookies and headers. Every route needs a rule in {@link AccessRules};
 * anything else is denied. The API answers 401 rather than redirecting to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

  /**
   * No inline script or style: GOV.UK Frontend is started from a script file. Images may be data
   * URLs (GOV.UK Frontend's icons).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'self'; object-src 'none'";

  /** The registration id in the sign-in link: {@code /oauth2/authorization/department}. */
  static final String REGISTRATION = "department";

  /** Reads the provider's discovery document: the issuer must answer when the server starts. */
  static ClientRegistration registration(SingleSignOn sso) {
    return ClientRegistrations.fromOidcIssuerLocation(sso.issuer())
        .registrationId(REGISTRATION)
        .clientId(sso.clientId())
        .clientSecret(sso.clientSecret())
        .scope("openid", "profile", "email")
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .build();
  }

  @Bean
  SignInThrottle signInThrottle() {
    return new SignInThrottle(Clock.systemUTC());
  }

  /** The only way to sign in with a password: through the throttle. */
  @Bean
  AuthenticationProvider passwordSignIn(JdbcAccounts accounts, SignInThrottle throttle) {
    DaoAuthenticationProvider passwords =
        new DaoAuthenticationProvider(new AccountDetails(accounts));
    passwords.setPasswordEncoder(Passwords.encoder());
    return new ThrottledSignIn(passwords, throttle);
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, JdbcAccounts accounts, WebSettings settings)
      throws Exception {
    if (settings.singleSignOn() != null) {
      SingleSignOn sso = settings.singleSignOn();
      http.oauth2Login(login ->
          login
              .loginPage("/sign-in")
              .clientRegistrationRepository(
                  new InMemoryClientRegistrationRepository(registration(sso)))
              .userInfoEndpoint(
                  user -> user.oidcUserService(new DepartmentSignOn(accounts, sso.accountClaim())))
              .defaultSuccessUrl("/", false)
              .failureHandler(new SignInFailure()));
    }
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.authorizeHttpRequests(
            auth -> {
              for (String pattern : AccessRules.STATIC) {
                auth.requestMatchers(paths.matcher(pattern)).permitAll();
              }
              for (AccessRules.Rule rule : AccessRules.ROUTES) {
                var matcher = paths.matcher(rule.method(), rule.pattern());
                if (rule.isPublic()) {
                  auth.requestMatchers(matcher).permitAll();
                } else {
                  auth.requestMatchers(matcher)
                      .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
                }
              }
              for (String pattern : AccessRules.DOCUMENTATION) {
                auth.requestMatchers(paths.matcher(HttpMethod.GET, pattern))
                    .hasAnyRole(
                        AccessRules.ANYONE_SIGNED_IN.stream()
                            .map(Role::name)
                            .toArray(String[]::new));
              }
              auth.anyRequest().denyAll();
            })
        .formLogin(form ->
            form.loginPage("/sign-in")
                .loginProcessingUrl("/sign-in")
                .usernameParameter("name")
                .passwordParameter("password")
                .defaultSuccessUrl("/", false)
                .failureHandler(new SignInFailure())
                .permitAll())
        .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
        .addFilterBefore(new ApiTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
        .csrf(csrf -> csrf.ignoringRequestMatchers(r -> ApiTokenFilter.bearer(r) != null))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(new SignInFirst("/sign-in")))
        .headers(headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                    r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
