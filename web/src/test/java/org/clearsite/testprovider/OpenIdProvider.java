package org.clearsite.testprovider;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for the single sign-on test, in a
 * package of its own so that Clearsite's component scan never finds it. It knows two people: {@code
 * alice}, who has a Clearsite account, and {@code mallory}, who has none.
 */
@SpringBootApplication
public class OpenIdProvider {

  public static final String PASSWORD = "provider password";

  public static ConfigurableApplicationContext start(int port, String redirectUri) {
    String client = "spring.security.oauth2.authorizationserver.client.clearsite.";
    SpringApplication app = new SpringApplication(OpenIdProvider.class);
    app.setBannerMode(Banner.Mode.OFF);
    // As arguments, which outrank Clearsite's own application.properties on the shared class path:
    // above all the session cookie's name, which must differ on the same host.
    Map<String, String> properties =
        Map.ofEntries(
            Map.entry("server.servlet.session.cookie.name", "provider_session"),
            Map.entry("server.address", "127.0.0.1"),
            Map.entry("server.port", String.valueOf(port)),
            Map.entry("spring.threads.virtual.enabled", "false"),
            Map.entry("gg.jte.usePrecompiledTemplates", "true"),
            Map.entry("springdoc.api-docs.enabled", "false"),
            Map.entry("springdoc.swagger-ui.enabled", "false"),
            Map.entry(
                "spring.security.oauth2.authorizationserver.issuer", "http://127.0.0.1:" + port),
            Map.entry(client + "registration.client-id", "clearsite"),
            Map.entry(client + "registration.client-secret", "{noop}clearsite-secret"),
            Map.entry(client + "registration.client-authentication-methods", "client_secret_basic"),
            Map.entry(client + "registration.authorization-grant-types", "authorization_code"),
            Map.entry(client + "registration.redirect-uris", redirectUri),
            Map.entry(client + "registration.scopes", "openid,profile,email"),
            Map.entry(client + "require-authorization-consent", "false"));
    return app.run(
        properties.entrySet().stream()
            .map(p -> "--" + p.getKey() + "=" + p.getValue())
            .toArray(String[]::new));
  }

  @Bean
  UserDetailsService people() {
    return new InMemoryUserDetailsManager(
        User.withUsername("alice").password("{noop}" + PASSWORD).roles("USER").build(),
        User.withUsername("mallory").password("{noop}" + PASSWORD).roles("USER").build());
  }
}
