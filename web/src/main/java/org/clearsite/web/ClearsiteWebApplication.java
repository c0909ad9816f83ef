package org.clearsite.web;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web application: started by {@code clearsite serve}, or by a test. */
@SpringBootApplication
public class ClearsiteWebApplication {

  /** Starts the server and returns once it listens. */
  public static ConfigurableApplicationContext start(WebSettings settings) {
    SpringApplication app = new SpringApplication(ClearsiteWebApplication.class);
    app.setBannerMode(Banner.Mode.OFF);
    app.setDefaultProperties(
        Map.of(
            "server.address", settings.host(),
            "server.port", String.valueOf(settings.port()),
            "server.servlet.session.cookie.secure", String.valueOf(settings.secureCookies())));
    app.addInitializers(
        context -> context.getBeanFactory().registerSingleton("webSettings", settings));
    return app.run();
  }
}
