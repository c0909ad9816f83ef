package org.clearsite.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearsite.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clearsite demo}: the README's first command. The demo always uses the embedded database
 * under {@code CLEARSITE_HOME}, so this test is the same on either engine.
 */
class DemoCommandIT {

  @TempDir Path home;

  @Test
  void loadsTheDemoEstateAndRefusesToOverwriteRealData() throws Exception {
    Cli cli = new Cli(Map.of("CLEARSITE_HOME", home.toString()));

    Cli.Result first = cli.run("demo", "--no-serve");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("5 departments")
        .contains("200 sites")
        .contains("Sites by sensitivity:")
        .contains("Most common makes")
        .contains("admin", "officer", "auditor");
    assertThat(Files.list(home.resolve("demo-registers")).count()).isGreaterThanOrEqualTo(5);
    long exported = cli.run("export", "devices", "--format", "jsonl").out().lines().count();
    assertThat(exported).isBetween(4_500L, 5_500L);

    Cli.Result again = cli.run("demo", "--no-serve");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(cli.run("export", "devices", "--format", "jsonl").out().lines().count())
        .isEqualTo(exported);

    Path real = home.resolve("real.csv");
    Files.writeString(real, "Site,Make,Serial\nHQ,Axis,A1\n");
    cli.run("import", "register", real.toString(), "--department", "Real Dept");
    Cli.Result refused = cli.run("demo", "--no-serve");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("CLEARSITE_HOME");
  }

  @Test
  void servesTheDemoAndPrintsSignInsThatWork() throws Exception {
    Cli cli = new Cli(Map.of("CLEARSITE_HOME", home.toString()));
    Process demo = cli.builder("demo", "--port", "0").redirectErrorStream(true).start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
      String url = null;
      String password = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher running = RUNNING.matcher(line);
        Matcher admin = ADMIN.matcher(line);
        if (running.find()) {
          url = running.group(1);
        } else if (admin.find()) {
          password = admin.group(1);
        } else if (line.contains("Ctrl-C")) {
          break;
        }
      }
      assertThat(url).startsWith("http://127.0.0.1:");
      assertThat(password).hasSize(20);

      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      String form = http.send(get(url + "sign-in"), BodyHandlers.ofString()).body();
      Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
      assertThat(csrf.find()).isTrue();
      HttpResponse<String> signIn =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "sign-in"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "name=admin&password=" + password + "&_csrf=" + csrf.group(1)))
                  .build(),
              BodyHandlers.ofString());
      assertThat(signIn.headers().firstValue("Location")).hasValue(url);
      assertThat(http.send(get(url), BodyHandlers.ofString()).body())
          .contains("Covered equipment", "Department for Justice Estates");
    } finally {
      demo.destroy();
      demo.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static final Pattern RUNNING = Pattern.compile("running at (http://\\S+/)");
  private static final Pattern ADMIN = Pattern.compile("^\\s+admin\\s+password (\\S+)");

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }
}
