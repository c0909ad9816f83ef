package org.clearsite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What people do in a real browser (headless Chromium): sign in, find their way with the mouse and
 * with the keyboard, open a device and read its evidence. Each journey saves a screenshot under
 * {@code web/target/screenshots/}, and the main pages are checked with axe-core.
 */
class BrowserJourneyIT {

  private static WebEstate estate;
  private Chromium chromium;

  @BeforeAll
  static void start() {
    estate = new WebEstate();
  }

  @AfterAll
  static void stop() {
    estate.close();
  }

  @BeforeEach
  void open() throws Exception {
    chromium = new Chromium();
  }

  @AfterEach
  void quit() throws Exception {
    chromium.close();
  }

  private void signIn(String name) {
    chromium.driver.get(estate.url("/sign-in"));
    chromium.driver.findElement(By.id("name")).sendKeys(name);
    chromium.toNextPage(() ->
        chromium.driver.findElement(By.id("password")).sendKeys(WebEstate.PASSWORD, Keys.ENTER));
  }

  private void follow(String linkText) {
    chromium.toNextPage(() -> chromium.driver.findElement(By.linkText(linkText)).click());
  }

  @Test
  void signInWithAWrongPasswordShowsAnErrorSummaryThenTheRightOneTheDashboard() throws Exception {
    signIn("alice-typo");
    assertThat(chromium.driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Enter a correct account name and password");
    chromium.screenshot("sign-in-error");

    signIn("alice");

    assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Covered equipment");
    assertThat(chromium.driver.findElement(By.id("covered-table")).getText())
        .contains(WebEstate.HOME)
        .doesNotContain(WebEstate.CABINET);
    chromium.screenshot("dashboard");
  }

  @Test
  void withTheMouseFromSitesToADeviceAndItsEvidence() throws Exception {
    signIn("alice");
    follow("Sites");
    follow("2 Marsham Street");
    assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("2 Marsham Street");
    chromium.screenshot("site");

    follow("Hikvision DS-2CD2143G0-I");

    assertThat(chromium.driver.findElement(By.id("attributed-maker")).getText()).isNotBlank();
    WebElement evidence = chromium.driver.findElement(By.id("evidence"));
    assertThat(evidence.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    chromium.screenshot("device-evidence");
  }

  @Test
  void withTheKeyboardAloneFromSignInToDeviceSearch() throws Exception {
    chromium.driver.get(estate.url("/sign-in"));
    chromium.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(chromium.driver.switchTo().activeElement().getText())
        .isEqualTo("Skip to main content");
    chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    chromium.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    chromium.driver.switchTo().activeElement().sendKeys("alice", Keys.TAB);
    chromium.driver.switchTo().activeElement().sendKeys(WebEstate.PASSWORD, Keys.TAB);
    assertThat(chromium.driver.switchTo().activeElement().getText()).isEqualTo("Sign in");
    chromium.toNextPage(() -> chromium.driver.switchTo().activeElement().sendKeys(Keys.ENTER));
    assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Covered equipment");

    WebElement devices = chromium.driver.findElement(By.linkText("Devices"));
    for (int i = 0; i < 20 && !devices.equals(chromium.driver.switchTo().activeElement()); i++) {
      chromium.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(chromium.driver.switchTo().activeElement()).isEqualTo(devices);
    chromium.toNextPage(() -> devices.sendKeys(Keys.ENTER));
    chromium.toNextPage(
        () -> chromium.driver.findElement(By.id("q")).sendKeys("hikvision", Keys.ENTER));

    assertThat(chromium.driver.findElement(By.id("devices-table")).getText()).contains("Hikvision");
    chromium.screenshot("device-search-keyboard");
  }

  @Test
  void fromTheReviewQueueConfirmAnAttributionAfterForgettingTheReason() throws Exception {
    signIn("alice");
    follow("Devices");
    chromium.toNextPage(
        () -> chromium.driver.findElement(By.id("q")).sendKeys("DS-2CD2143G0-I", Keys.ENTER));
    follow("Hikvision DS-2CD2143G0-I");
    chromium.driver.findElement(By.id("decision")).click();
    chromium.toNextPage(() ->
        chromium
            .driver
            .findElement(
                By.cssSelector("button.govuk-button[type=submit]:not(.govuk-button--secondary)"))
            .click());

    assertThat(chromium.driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("Enter the reason for your decision");
    assertThat(chromium.seriousAccessibilityViolations()).as("device page with errors").isEmpty();
    chromium.screenshot("review-error");

    chromium.driver.findElement(By.linkText("Enter the reason for your decision")).click();
    chromium.driver.switchTo().activeElement().sendKeys("Model number read off the camera");
    chromium.toNextPage(() -> chromium.driver.findElement(By.id("reason")).submit());

    assertThat(chromium.driver.findElement(By.className("govuk-notification-banner")).getText())
        .contains("Your review has been saved");
    assertThat(chromium.driver.findElement(By.id("reviews")).getText())
        .contains("alice", "Confirmed: Hikvision", "Model number read off the camera");
    chromium.screenshot("review-confirmed");
  }

  @Test
  void uploadARegisterWithErrorsAndSeeThem() throws Exception {
    Path register = Files.createTempFile("estates-register", ".csv");
    Files.writeString(
        register,
        "Site,Location,Make,Model,Serial No,IP Address\n"
            + "Croydon Lunar House,Yard,Dahua,IPC-HFW2431S,BR-1,10.0.0.1\n"
            + "Croydon Lunar House,Yard,Dahua,IPC-HFW2431S,BR-2,999.1.1.1\n");
    try {
      signIn("erin");
      follow("Upload a register");
      assertThat(chromium.seriousAccessibilityViolations()).as("upload form").isEmpty();
      chromium.driver.findElement(By.id("file")).sendKeys(register.toAbsolutePath().toString());
      chromium.toNextPage(() -> chromium.driver.findElement(By.id("file")).submit());

      assertThat(chromium.driver.findElement(By.className("govuk-error-summary")).getText())
          .contains("1 row was not imported");
      assertThat(chromium.driver.findElement(By.id("rejections-table")).getText())
          .contains("3", "999.1.1.1");
      assertThat(chromium.driver.findElement(By.id("import-summary")).getText())
          .contains(WebEstate.HOME);
      assertThat(chromium.seriousAccessibilityViolations()).as("import result").isEmpty();
      chromium.screenshot("upload-rejections");
    } finally {
      Files.deleteIfExists(register);
    }
  }

  @Test
  void swaggerUiShowsTheApiToASignedInUser() throws Exception {
    signIn("alice");
    chromium.driver.get(estate.url("/swagger-ui/index.html"));

    assertThat(chromium.driver.findElement(By.cssSelector(".swagger-ui .info .title")).getText())
        .contains("Clearsite API");
    assertThat(chromium.driver.findElement(By.cssSelector(".swagger-ui")).getText())
        .contains("/api/v1/devices/{id}");
    chromium.screenshot("swagger-ui");
  }

  @Test
  void theMainPagesHaveNoSeriousAccessibilityViolations() throws Exception {
    chromium.driver.get(estate.url("/sign-in"));
    assertThat(chromium.seriousAccessibilityViolations()).as("/sign-in").isEmpty();
    signIn("alice");
    String site = estate.siteIds(WebEstate.HOME).get(0);
    String device = estate.deviceIds(WebEstate.HOME).get(0);
    for (String page : List.of("/", "/sites", "/sites/" + site, "/devices", "/devices/" + device)) {
      chromium.driver.get(estate.url(page));
      List<Map<String, Object>> violations = chromium.seriousAccessibilityViolations();
      assertThat(violations).as(page).isEmpty();
    }
  }
}
