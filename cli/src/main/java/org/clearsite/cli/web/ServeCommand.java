package org.clearsite.cli.web;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.clearsite.cli.Context;
import org.clearsite.cli.UserError;
import org.clearsite.cli.attribution.Knowledge;
import org.clearsite.web.ClearsiteWebApplication;
import org.clearsite.web.SingleSignOn;
import org.clearsite.web.Theme;
import org.clearsite.web.WebSettings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearsite serve}: the web application, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web application and API on the configured database.",
      "Listens on 127.0.0.1:8080 unless --host/--port or CLEARSITE_HOST/CLEARSITE_PORT say otherwise."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 8080).")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default 127.0.0.1: this machine only).")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    Context context = Context.fromEnvironment();
    ConfigurableApplicationContext app = start(context, port, host);
    spec.commandLine()
        .getOut()
        .printf("Clearsite is running at %s (press Ctrl-C to stop)%n", url(app));
    spec.commandLine().getOut().flush();
    await(app);
    return 0;
  }

  /** Starts the server with the settings of the environment; {@code port}, {@code host} win. */
  public static ConfigurableApplicationContext start(Context context, Integer port, String host) {
    int chosenPort = port != null ? port : number(context.setting("CLEARSITE_PORT", "8080"));
    if (chosenPort < 0 || chosenPort > 65_535) {
      throw new UserError("port must be between 0 and 65535, not " + chosenPort);
    }
    Theme theme;
    try {
      theme = Theme.parse(context.setting("CLEARSITE_THEME", "govuk"));
    } catch (IllegalArgumentException e) {
      throw new UserError("CLEARSITE_THEME: " + e.getMessage());
    }
    String address = host != null ? host : context.setting("CLEARSITE_HOST", "127.0.0.1");
    WebSettings settings =
        new WebSettings(
            context.databaseConfig(),
            Knowledge.engine(context),
            address,
            chosenPort,
            theme,
            secureCookies(context.setting("CLEARSITE_SECURE_COOKIES", "auto"), address),
            singleSignOn(context),
            context.sensitivityPolicy());
    return ClearsiteWebApplication.start(settings);
  }

  /**
   * Session cookies are marked Secure (sent only over HTTPS) unless the server listens on this
   * machine only, where a browser reaches it over plain HTTP and the traffic never leaves the host.
   * A TLS-terminating proxy on the same host should set {@code CLEARSITE_SECURE_COOKIES=true}.
   */
  static boolean secureCookies(String setting, String address) {
    return switch (setting.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      case "auto" ->
          !(address.equals("127.0.0.1") || address.equals("::1") || address.equals("localhost"));
      default ->
          throw new UserError(
              "CLEARSITE_SECURE_COOKIES must be true, false or auto, not '" + setting + "'");
    };
  }

  /** The departmental OpenID provider from {@code CLEARSITE_OIDC_*}, or null when none is set. */
  static SingleSignOn singleSignOn(Context context) {
    String issuer = context.setting("CLEARSITE_OIDC_ISSUER", null);
    if (issuer == null) {
      return null;
    }
    String clientId = context.setting("CLEARSITE_OIDC_CLIENT_ID", null);
    String secret = context.setting("CLEARSITE_OIDC_CLIENT_SECRET", null);
    if (clientId == null || secret == null) {
      throw new UserError(
          "CLEARSITE_OIDC_ISSUER is set: CLEARSITE_OIDC_CLIENT_ID and CLEARSITE_OIDC_CLIENT_SECRET"
              + " are needed too");
    }
    return new SingleSignOn(
        issuer,
        clientId,
        secret,
        context.setting("CLEARSITE_OIDC_ACCOUNT_CLAIM", "preferred_username"));
  }

  public static String url(ConfigurableApplicationContext app) {
    String address = app.getEnvironment().getProperty("server.address", "127.0.0.1");
    String shown = address.contains(":") ? "[" + address + "]" : address;
    return "http://" + shown + ":" + app.getEnvironment().getProperty("local.server.port") + "/";
  }

  /** Blocks until the server stops (Ctrl-C closes it through the JVM's shutdown hook). */
  public static void await(ConfigurableApplicationContext app) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    app.addApplicationListener(
        (org.springframework.context.ApplicationListener<
                org.springframework.context.event.ContextClosedEvent>)
            e -> closed.countDown());
    if (app.isActive()) {
      closed.await();
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new UserError("CLEARSITE_PORT must be a number, not '" + text + "'");
    }
  }
}
