package org.clearsite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clearsite.persistence.Queries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Register upload in the browser and through the API: the same import as the CLI. */
class UploadIT {

  private static WebEstate estate;

  private static final String REGISTER =
      "Site,Location,Make,Model,Serial No,MAC Address\n"
          + "Croydon Lunar House,Roof,Dahua,IPC-HDW2431T,UP-1,\n"
          + "Croydon Lunar House,Roof,Hikvision,DS-2CD2347G2-LU,UP-2,not-a-mac\n"
          + "Croydon Lunar House,Lift,Axis,M3106-L,UP-3,\n";

  @BeforeAll
  static void start() {
    estate = new WebEstate();
  }

  @AfterAll
  static void stop() {
    estate.close();
  }

  private static long devices(String serialPrefix) {
    return new Queries(estate.db.database())
        .count(
            "devices",
            "SELECT COUNT(*) FROM device WHERE serial LIKE ? AND maker IS NOT NULL",
            List.of(serialPrefix + "%"));
  }

  @Test
  void anUploadWithABadRowImportsTheRestAndShowsTheRejection() {
    Browser erin = Browser.signedInAs(estate, "erin");
    erin.get("/imports/new");

    HttpResponse<String> r =
        erin.upload(
            "/imports",
            "croydon.csv",
            REGISTER.getBytes(StandardCharsets.UTF_8),
            "department",
            WebEstate.HOME);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("govuk-error-summary", "1 row was not imported", "rejections-table")
        .contains("croydon.csv")
        .containsPattern("<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>");
    assertThat(devices("UP-")).as("imported and attributed").isEqualTo(2);
    assertThat(estate.auditActions()).contains("register.import");
  }

  @Test
  void theDashboardCountsAnUploadAtOnce() {
    Browser alice = Browser.signedInAs(estate, "alice");
    long before = coveredTotal(alice.get("/").body());

    alice.upload(
        "/imports",
        "more.csv",
        "Site,Make,Model,Serial\nCroydon Lunar House,Dahua,IPC-HFW1230S,MORE-1\n"
            .getBytes(StandardCharsets.UTF_8),
        "department",
        WebEstate.HOME);

    assertThat(coveredTotal(alice.get("/").body())).isEqualTo(before + 1);
  }

  private static long coveredTotal(String dashboard) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("id=\"covered-total\">(\\d+)<").matcher(dashboard);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void nobodyButTheAdministratorUploadsForAnotherDepartment() {
    Browser alice = Browser.signedInAs(estate, "alice");
    alice.get("/imports/new");

    HttpResponse<String> r =
        alice.upload(
            "/imports",
            "whitehall.csv",
            "Site,Make,Serial\n70 Whitehall,Axis,X-1\n".getBytes(StandardCharsets.UTF_8),
            "department",
            WebEstate.CABINET);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("You can upload registers only for your own departments");
    assertThat(devices("X-")).isZero();
  }

  @Test
  void aFileThatIsNotARegisterIsRefusedWithItsOwnName() {
    Browser alice = Browser.signedInAs(estate, "alice");
    alice.get("/imports/new");

    HttpResponse<String> r =
        alice.upload(
            "/imports",
            "photo.jpg",
            new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, 3, 0, 0},
            "department",
            WebEstate.HOME);

    assertThat(r.body())
        .contains("govuk-error-summary", "photo.jpg")
        .doesNotContain("clearsite-upload-");
  }

  @Test
  void anAuditorCannotUpload() {
    Browser audrey = Browser.signedInAs(estate, "audrey");
    audrey.get("/");

    assertThat(audrey.get("/imports/new").statusCode()).isEqualTo(403);
    assertThat(
            audrey
                .upload(
                    "/imports",
                    "x.csv",
                    "Site,Make,Serial\nA,Axis,Z-1\n".getBytes(StandardCharsets.UTF_8),
                    "department",
                    WebEstate.HOME)
                .statusCode())
        .isEqualTo(403);
    assertThat(devices("Z-")).isZero();
  }

  @Test
  void aScriptUploadsThroughTheApiWithAToken() {
    String token = org.clearsite.web.security.ApiTokens.create();
    new org.clearsite.persistence.account.JdbcAccounts(estate.db.database())
        .addToken("erin", org.clearsite.web.security.ApiTokens.hash(token));
    String boundary = "b0undary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"department\"\r\n\r\n"
            + WebEstate.HOME
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"api.csv\"\r\n\r\n"
            + "Site,Make,Serial\nCroydon Lunar House,Axis,API-1\n\r\n--"
            + boundary
            + "--\r\n";

    HttpResponse<String> r =
        new Browser(estate)
            .send(
                HttpRequest.newBuilder(URI.create(estate.url("/api/v1/imports")))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"read\":1", "\"accepted\":1", "\"rejected\":0");
    assertThat(devices("API-")).isEqualTo(1);
  }
}
