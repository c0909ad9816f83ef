package org.clearsite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.web.security.ApiTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in, throttling, CSRF, headers and API tokens, over real HTTP. */
class SignInIT {

  private static WebEstate estate;

  @BeforeAll
  static void start() {
    estate = new WebEstate();
  }

  @AfterAll
  static void stop() {
    estate.close();
  }

  @Test
  void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() {
    Browser b = new Browser(estate);
    HttpResponse<String> r = b.signIn("alice", "not the password at all");

    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error=wrong"));
    assertThat(b.get("/sign-in?error=wrong").body())
        .contains("govuk-error-summary", "Enter a correct account name and password.");
    assertThat(b.signIn("nobody-by-this-name", "whatever it is").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error=wrong"));
  }

  @Test
  void repeatedFailuresLockTheAccountNameEvenWithTheRightPassword() {
    estate.addAccount("target", "estates");
    Browser b = new Browser(estate);
    for (int i = 0; i < 5; i++) {
      b.signIn("target", "wrong guess number " + i);
    }
    HttpResponse<String> r = b.signIn("target", WebEstate.PASSWORD);

    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error=throttled"));
    assertThat(Browser.signedInAs(estate, "alice").get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aFormPostedWithoutItsCsrfTokenIsRefused() {
    Browser b = new Browser(estate);
    b.get("/sign-in");
    HttpResponse<String> r = b.post("/sign-in", "name=alice&password=correct+horse+battery");

    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void signingOutEndsTheSession() {
    Browser b = Browser.signedInAs(estate, "alice");
    b.get("/");
    b.post("/sign-out", "_csrf=" + b.csrf());

    assertThat(b.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void pagesCarrySecurityHeadersAndNoInlineScript() {
    HttpResponse<String> r = Browser.signedInAs(estate, "alice").get("/");

    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
  }

  @Test
  void aMissingRecordIsAPlainPageNotFound() {
    HttpResponse<String> r =
        Browser.signedInAs(estate, "alice")
            .send(
                HttpRequest.newBuilder(URI.create(estate.url("/devices/no-such-device")))
                    .header("Accept", "text/html"));

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Page not found").doesNotContain("Exception", "at org.", "trace");
  }

  @Test
  void anApiTokenActsForItsAccountAndAnUnknownOneIsRefused() {
    String token = ApiTokens.create();
    new JdbcAccounts(estate.db.database()).addToken("alice", ApiTokens.hash(token));
    Browser script = new Browser(estate);

    HttpResponse<String> ok =
        script.send(
            HttpRequest.newBuilder(URI.create(estate.url("/api/v1/devices")))
                .header("Authorization", "Bearer " + token));
    HttpResponse<String> forged =
        script.send(
            HttpRequest.newBuilder(URI.create(estate.url("/api/v1/devices")))
                .header("Authorization", "Bearer " + ApiTokens.create()));

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(ok.body()).contains(estate.deviceIds(WebEstate.HOME).get(0));
    assertThat(forged.statusCode()).isEqualTo(401);
  }
}
