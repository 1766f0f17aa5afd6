package se.lansstyrelsen.jvg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Debian's chromedriver (explicit paths, so Selenium Manager never downloads
 * anything), headless, with a fresh profile and a Swedish browser language. Fails, never skips, when the
 * packages are missing.
 */
public final class HeadlessChromium implements AutoCloseable {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final ChromeDriverService service;
  private final WebDriver driver;

  private HeadlessChromium(ChromeDriverService service, WebDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /** Starts the browser with a window of the given size, e.g. "1280,1600". */
  public static HeadlessChromium start(String windowSize) throws IOException {
    assertThat(new File(CHROMIUM)).as("Debian package chromium must be installed (apt-get install chromium)").canRead();
    assertThat(new File(CHROMEDRIVER)).as("Debian package chromium-driver must be installed").canRead();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().withEnvironment(Map.of("LANG", "sv_SE.UTF-8", "LANGUAGE", "sv")).build();
    service.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=sv-SE", "--window-size=" + windowSize,
        "--user-data-dir=" + Files.createTempDirectory("jvg-chromium-"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
    return new HeadlessChromium(service, new ChromeDriver(service, options));
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
  }
}
