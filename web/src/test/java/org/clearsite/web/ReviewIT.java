package org.clearsite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.clearsite.persistence.Queries;
import org.clearsite.persistence.account.JdbcAccounts;
import org.clearsite.persistence.attribution.JdbcAttributions;
import org.clearsite.persistence.audit.JdbcAuditLog;
import org.clearsite.web.security.ApiTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Confirming and overriding attributions: the reason is mandatory and every decision audited. */
class ReviewIT {

  private WebEstate estate;

  @BeforeEach
  void start() {
    estate = new WebEstate();
  }

  @AfterEach
  void stop() {
    estate.close();
  }

  private String device(String make) {
    return new Queries(estate.db.database())
        .one(
            "device",
            "SELECT external_id FROM device WHERE make = ?",
            List.of(make),
            rs -> rs.getString(1))
        .orElseThrow();
  }

  private String stored(String column, String deviceId) {
    return new Queries(estate.db.database())
        .one(
            "device",
            "SELECT " + column + " FROM device WHERE external_id = ?",
            List.of(deviceId),
            rs -> String.valueOf(rs.getObject(1)))
        .orElse(null);
  }

  @Test
  void theQueueListsWeakAttributionsAndNotStrongOnes() {
    String body = Browser.signedInAs(estate, "alice").get("/reviews").body();

    assertThat(body).contains(device("Unbranded")).doesNotContain(device("Hikvision"));
  }

  @Test
  void anOverrideWithAReasonSettlesTheMakerAndIsAudited() {
    Browser alice = Browser.signedInAs(estate, "alice");
    String unbranded = device("Unbranded");
    alice.get("/devices/" + unbranded);

    HttpResponse<String> r =
        alice.post(
            "/devices/" + unbranded + "/review",
            "decision=override&maker=hikvision&reason=Label+on+the+housing+says+Hikvision&_csrf="
                + alice.csrf());

    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(alice.get("/devices/" + unbranded + "?reviewed").body())
        .contains(
            "Your review has been saved",
            "Label on the housing says Hikvision",
            "Settled by review");
    assertThat(stored("maker", unbranded)).isEqualTo("Hikvision");
    assertThat(stored("covered", unbranded)).isEqualTo("true");
    assertThat(estate.auditActions()).containsExactly("review.overridden");
    assertThat(new JdbcAuditLog(estate.db.database()).verify().intact()).isTrue();
    assertThat(alice.get("/reviews").body()).doesNotContain(unbranded);

    // Re-attribution (a new knowledge base version) leaves the reviewed device alone.
    assertThat(new JdbcAttributions(estate.db.database()).stale(-1, 0))
        .noneMatch(u -> String.valueOf(u.fields()).contains("Unbranded"));
  }

  @Test
  void aReviewWithoutAReasonIsRefusedAndKeepsWhatWasTyped() {
    Browser alice = Browser.signedInAs(estate, "alice");
    String unbranded = device("Unbranded");
    alice.get("/devices/" + unbranded);

    HttpResponse<String> r =
        alice.post(
            "/devices/" + unbranded + "/review",
            "decision=override&maker=dahua&reason=+++&_csrf=" + alice.csrf());

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("govuk-error-summary", "Enter the reason for your decision")
        .contains("value=\"dahua\" selected");
    assertThat(estate.reviewCount()).isZero();
    assertThat(estate.auditActions()).isEmpty();
  }

  @Test
  void anAuditorMayReadTheQueueButNotDecide() {
    Browser audrey = Browser.signedInAs(estate, "audrey");
    String unbranded = device("Unbranded");
    audrey.get("/devices/" + unbranded);

    assertThat(audrey.get("/reviews").statusCode()).isEqualTo(200);
    assertThat(audrey.get("/devices/" + unbranded).body()).doesNotContain("Save review");
    assertThat(
            audrey
                .post(
                    "/devices/" + unbranded + "/review",
                    "decision=override&maker=dahua&reason=no&_csrf=" + audrey.csrf())
                .statusCode())
        .isEqualTo(403);
    assertThat(estate.reviewCount()).isZero();
  }

  @Test
  void aScriptConfirmsThroughTheApiWithAToken() {
    String token = ApiTokens.create();
    new JdbcAccounts(estate.db.database()).addToken("alice", ApiTokens.hash(token));
    String hikvision = device("Hikvision");

    HttpResponse<String> r =
        new Browser(estate)
            .send(
                HttpRequest.newBuilder(
                        URI.create(estate.url("/api/v1/devices/" + hikvision + "/reviews")))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"decision\":\"confirm\",\"reason\":\"Checked on site\"}")));
    HttpResponse<String> invalid =
        new Browser(estate)
            .send(
                HttpRequest.newBuilder(
                        URI.create(estate.url("/api/v1/devices/" + hikvision + "/reviews")))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"confirm\"}")));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"outcome\":\"CONFIRMED\"", "\"maker\":\"Hikvision\"");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("\"field\":\"reason\"");
    assertThat(estate.auditActions()).containsExactly("review.confirmed");
  }
}
