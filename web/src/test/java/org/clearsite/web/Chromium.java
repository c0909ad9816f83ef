package org.clearsite.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its ChromeDriver (never a downloaded browser). Missing
 * either is a test failure, not a skip: {@code scripts/test} installs both.
 */
final class Chromium implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final Path profile;

  Chromium() throws IOException {
    String browser = System.getenv().getOrDefault("CLEARSITE_CHROMIUM", "/usr/bin/chromium");
    String chromedriver =
        System.getenv().getOrDefault("CLEARSITE_CHROMEDRIVER", "/usr/bin/chromedriver");
    for (String binary : List.of(browser, chromedriver)) {
      if (!Files.isExecutable(Path.of(binary))) {
        throw new IllegalStateException(
            binary + " is missing: install chromium and chromium-driver (scripts/test does)");
      }
    }
    System.setProperty("SE_AVOID_STATS", "true");
    profile = Files.createTempDirectory("clearsite-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(chromedriver).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  /**
   * Does what loads another page, then waits until the old one is gone. Key presses and form
   * submissions return before the next page loads, so reading at once can find the old page's
   * elements, which then go stale under the test.
   */
  void toNextPage(Runnable action) {
    WebElement page = driver.findElement(By.tagName("html"));
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Runs axe-core on the current page; returns its violations of serious or critical impact. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> seriousAccessibilityViolations() throws IOException {
    String axe;
    try (InputStream in =
        Chromium.class.getResourceAsStream(
            "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test class path");
      }
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    driver.executeScript(axe);
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious'"
                + " || v.impact === 'critical').map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))"
                + ".catch(e => done([{id: 'axe-error', help: String(e)}]));");
    return (List<Map<String, Object>>) result;
  }

  private static String axeVersion() {
    return new org.webjars.WebJarVersionLocator().version("axe-core");
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
