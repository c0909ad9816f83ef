package org.clearsite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.clearsite.testprovider.OpenIdProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Departmental single sign-on, end to end in a real browser against a real OpenID provider: the
 * provider proves who someone is, Clearsite gives them their own account's roles and departments.
 */
class SingleSignOnIT {

  private static ConfigurableApplicationContext provider;
  private static WebEstate estate;
  private Chromium chromium;

  @BeforeAll
  static void start() throws IOException {
    int clearsitePort = freePort();
    int providerPort = freePort();
    provider =
        OpenIdProvider.start(
            providerPort, "http://127.0.0.1:" + clearsitePort + "/login/oauth2/code/department");
    estate =
        new WebEstate(
            clearsitePort,
            new SingleSignOn(
                "http://127.0.0.1:" + providerPort, "clearsite", "clearsite-secret", "sub"));
  }

  @AfterAll
  static void stop() {
    if (estate != null) {
      estate.close();
    }
    if (provider != null) {
      provider.close();
    }
  }

  @BeforeEach
  void open() throws IOException {
    chromium = new Chromium();
  }

  @AfterEach
  void quit() throws IOException {
    chromium.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void signInAtTheProvider(String name) {
    chromium.driver.get(estate.url("/sign-in"));
    chromium.toNextPage(() -> chromium.driver.findElement(By.id("single-sign-on")).click());
    chromium.driver.findElement(By.id("username")).sendKeys(name);
    chromium.driver.findElement(By.id("password")).sendKeys(OpenIdProvider.PASSWORD);
    chromium.toNextPage(
        () -> chromium.driver.findElement(By.cssSelector("button[type=submit]")).click());
  }

  @Test
  void someoneWithAnAccountSignsInThroughTheProviderAndSeesOnlyTheirDepartment() throws Exception {
    signInAtTheProvider("alice");

    assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
        .as(chromium.driver.getCurrentUrl())
        .isEqualTo("Covered equipment");
    assertThat(chromium.driver.findElement(By.className("clearsite-account-bar")).getText())
        .contains("alice", WebEstate.HOME);
    chromium.driver.get(estate.url("/devices/" + estate.deviceIds(WebEstate.CABINET).get(0)));
    assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    chromium.screenshot("single-sign-on");
  }

  @Test
  void someoneTheProviderKnowsButClearsiteDoesNotIsTurnedAway() throws Exception {
    signInAtTheProvider("mallory");

    assertThat(chromium.driver.getCurrentUrl()).contains("/sign-in?error=single-sign-on");
    assertThat(chromium.driver.findElement(By.className("govuk-error-summary")).getText())
        .contains("there is no Clearsite account for you");
    chromium.driver.get(estate.url("/"));
    assertThat(chromium.driver.getCurrentUrl()).endsWith("/sign-in");
  }
}
