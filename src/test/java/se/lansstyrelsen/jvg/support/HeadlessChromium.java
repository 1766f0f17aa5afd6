package se.lansstyrelsen.jvg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by Debian's chromedriver (explicit paths, so Selenium Manager never downloads
 * anything), headless, with a fresh profile and a Swedish browser language. Fails, never skips, when the
 * packages are missing. The one browser fixture of the browser tests: start, screenshots under
 * target/screenshots, and the Camunda webapps' login.
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
        assertThat(new File(CHROMIUM))
                .as("Debian package chromium must be installed (apt-get install chromium)")
                .canRead();
        assertThat(new File(CHROMEDRIVER))
                .as("Debian package chromium-driver must be installed")
                .canRead();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("LANG", "sv_SE.UTF-8", "LANGUAGE", "sv"))
                .build();
        service.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=sv-SE",
                "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createTempDirectory("jvg-chromium-"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        return new HeadlessChromium(service, new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** The visible text of the whole page. */
    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits until an element is shown, up to a minute: the browser tests share two cores with the application,
     * the engine's job executor and the other contexts of the JVM, and a first render can take long there.
     */
    public WebElement waitVisible(By by) {
        return new WebDriverWait(driver, Duration.ofMinutes(1))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks {@code link} and waits up to {@code each} for {@code expected}, three times at most. When it has not
     * come and the link is still shown, the click was lost (an AngularJS list re-rendered under it, as Tasklist's
     * start dialog did once in CI) and is made again; when the link has gone, the page is still loading and is
     * given more time. The picture of each failed try is kept as target/screenshots/&lt;name&gt;-try-N.png.
     */
    public WebElement clickUntilVisible(By link, By expected, Duration each, String name) throws IOException {
        waitVisible(link).click();
        for (int attempt = 1; ; attempt++) {
            try {
                return new WebDriverWait(driver, each).until(ExpectedConditions.visibilityOfElementLocated(expected));
            } catch (TimeoutException e) {
                screenshot(name + "-try-" + attempt);
                if (attempt == 3) {
                    throw new AssertionError(
                            "Not shown after " + attempt + " waits of " + each + " for " + expected + " (clicked "
                                    + link + "); the page said: " + bodyText(),
                            e);
                }
                driver.findElements(link).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .ifPresent(WebElement::click);
            }
        }
    }

    /** Keeps a picture of the page as target/screenshots/[folder/]name.png for a human to look at. */
    public void screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots").resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Logs in through the login form of a Camunda webapp (Tasklist, Cockpit, Admin) at appUrl, e.g.
     * http://localhost:port/camunda/app/tasklist/engine/, and waits until the form has gone.
     */
    public void logInToWebapp(String appUrl, String user, String password) {
        driver.get(appUrl);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement username =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        WebElement logIn = driver.findElement(By.cssSelector("button[type='submit']"));
        // The form is usable once the app has started (and translated its labels).
        wait.until(d -> logIn.getText().equals("Logga in"));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        logIn.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    }

    /**
     * Opens a page of a Camunda webapp by its full URL (with the #/ route) as a fresh page load, and waits up to
     * {@code each} for {@code ready}. Going through about:blank makes it a new document even when only the
     * fragment differs from the page shown (a plain get would only change the route). A load that stays on the
     * webapp's spinner, as Tasklist and Cockpit did in CI about once in three runs after a reload, is loaded once
     * more; the picture of each failed try is kept as target/screenshots/&lt;name&gt;-try-N.png.
     */
    public <T> T openWebappPage(String url, Function<? super WebDriver, T> ready, Duration each, String name)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            driver.get("about:blank");
            driver.get(url);
            try {
                return new WebDriverWait(driver, each).until(ready);
            } catch (TimeoutException e) {
                screenshot(name + "-try-" + attempt);
                if (attempt == 2) {
                    throw new AssertionError(
                            "The webapp page did not show what was expected after two loads (" + url
                                    + "); the page said: "
                                    + driver.findElement(By.tagName("body")).getText(),
                            e);
                }
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
