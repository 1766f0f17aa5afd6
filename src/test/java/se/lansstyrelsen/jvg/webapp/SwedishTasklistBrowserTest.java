package se.lansstyrelsen.jvg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.support.BrowserPerClass;
import se.lansstyrelsen.jvg.support.HeadlessChromium;

/**
 * Tasklist in a real browser with a Swedish browser language (Debian's chromium and chromedriver, explicit
 * paths; fails, never skips, when they are missing): a caseworker sees the login page and the task list in
 * Swedish, no Camunda 8 banner, the start form's validation messages and date picker in Swedish, and the
 * follow-up date picker of a task in Swedish with Monday first.
 * Screenshots go to target/screenshots/.
 */
// The engine keeps its unique test name (other contexts in the same JVM are called "default"); the URLs name it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SwedishTasklistBrowserTest {

    private static final String PASSWORD = "test-Demo-Passw0rd!";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    ProcessEngine engine;

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass("1280,1000");

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @Test
    void shouldShowTasklistAndItsFormsInSwedishWithoutTheMigrationBanner() throws Exception {
        browser.get(tasklist());
        WebElement username = chromium.waitVisible(By.cssSelector("input[ng-model='username']"));
        WebElement logIn = browser.findElement(By.cssSelector("button[type='submit']"));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> logIn.getText().equals("Logga in"));
        assertThat(username.getAttribute("placeholder")).isEqualTo("Användarnamn");
        assertThat(browser.findElement(By.cssSelector("input[ng-model='password']"))
                        .getAttribute("placeholder"))
                .isEqualTo("Lösenord");
        assertThat(chromium.bodyText())
                .contains("Datum och tider visas i lokal tidszon")
                .doesNotContain("Log in");
        chromium.screenshot("01-inloggning");

        username.sendKeys("handlaggare1");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        logIn.click();

        // The task list: our filters, Camunda's labels in Swedish; the page says it is Swedish.
        chromium.waitVisible(By.xpath("//a[contains(., 'Starta process')]"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> chromium.bodyText().contains("Välj en uppgift i listan.")
                        && chromium.bodyText().contains("Att fördela")
                        && !chromium.bodyText().contains("Laddar"));
        assertThat(chromium.bodyText())
                .contains("Att fördela", "Kortkommandon", "Skapa uppgift", "Skapad")
                .doesNotContain("Start process", "Create task", "Select a task in the list", "Keyboard Shortcuts");
        assertThat(browser.findElement(By.cssSelector("input[placeholder='Filtrera uppgifter']"))
                        .isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
                .as("the Camunda 8 banner is in the page but never shown")
                .allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        assertThat(chromium.bodyText()).doesNotContain("migrate to Camunda 8", "migrera till Camunda 8");
        chromium.screenshot("02-uppgiftslistan");

        // The start form (Camunda Forms): Swedish validation messages, the pattern error as a sentence.
        browser.findElement(By.xpath("//a[contains(., 'Starta process')]")).click();
        chromium.clickUntilVisible(
                By.xpath("//*[contains(@class,'modal')]//a[contains(., 'Anslutning till Jämställt')]"),
                field("organisationName"),
                Duration.ofSeconds(30),
                "webapp/startformularet-syns-inte");
        browser.findElement(By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='Starta']"))
                .click();
        assertThat(waitForError("organisationName")).isEqualTo("Fältet måste fyllas i.");
        assertThat(error("personalDataConsent")).isEqualTo("Fältet måste fyllas i.");

        WebElement number = browser.findElement(field("organisationNumber"));
        number.sendKeys("123");
        assertErrorBecomes("organisationNumber", "Ange organisationsnumret med 10 siffror, t.ex. 212000-1355.");
        browser.findElement(field("contactEmail")).sendKeys("inte-en-adress");
        assertErrorBecomes("contactEmail", "Ange en giltig e-postadress, t.ex. namn@kommun.se.");
        assertThat(browser.findElement(By.cssSelector(".modal")).getText())
                .doesNotContain("Field is required", "Field must", "pattern");

        // Municipality search and the date picker.
        browser.findElement(By.cssSelector(".modal [id$='-Field_organisationType-0']"))
                .sendKeys(Keys.SPACE);
        WebElement municipality = chromium.waitVisible(field("municipalityCode"));
        assertThat(municipality.getAttribute("placeholder")).isEqualTo("Sök");
        municipality.click();
        municipality.sendKeys("xyzzy");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.xpath(
                                        "//*[contains(@class,'fjs-dropdownlist') and contains(., 'Inga träffar')]"))
                                .size()
                        > 0);

        WebElement date = browser.findElement(By.cssSelector(".modal [id$='-Field_decisionDate-date']"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'}); arguments[0]._flatpickr.open();", date);
        WebElement calendar = chromium.waitVisible(By.cssSelector(".modal .flatpickr-calendar.open"));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday"))
                        .get(0)
                        .getText())
                .isEqualTo("mån");
        assertThat(calendar.getText()).contains("januari").doesNotContain("January", "Sun");
        chromium.screenshot("03-startformular");

        // A task of the caseworker: Tasklist's own buttons and its follow-up date picker in Swedish, Monday first.
        Task task = tasks.newTask();
        task.setName("Ringa kontaktpersonen");
        task.setAssignee("handlaggare1");
        tasks.saveTask(task);
        try {
            // A fresh load, so the start dialog is gone.
            chromium.openWebappPage(
                    tasklist() + "#/?task=" + task.getId(),
                    ExpectedConditions.visibilityOfElementLocated(
                            By.xpath("//h2[contains(., 'Ringa kontaktpersonen')]")),
                    Duration.ofSeconds(45),
                    "uppgiften-syns-inte");
            assertThat(chromium.bodyText())
                    .contains("Ange uppföljningsdatum", "Slutför")
                    .doesNotContain("Set follow-up date", "Set due date", "Complete");
            chromium.waitVisible(By.xpath("//a[normalize-space(.)='Ange uppföljningsdatum']"))
                    .click();
            WebElement picker = chromium.waitVisible(By.xpath("//table[.//th/small]"));
            assertThat(picker.findElements(By.xpath(".//th/small")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .startsWith("mån", "tis")
                    .contains("sön")
                    .doesNotContain("Sun", "Mon");
            chromium.screenshot("04-uppfoljningsdatum");
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/";
    }

    private static By field(String key) {
        return By.cssSelector(".modal [id$='-Field_" + key + "']");
    }

    private String waitForError(String key) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !error(key).isEmpty());
        return error(key);
    }

    private void assertErrorBecomes(String key, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> error(key).equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(error(key)).as("error beside " + key).isEqualTo(expected);
        }
    }

    private String error(String key) {
        var errors = browser.findElements(By.cssSelector(".modal [id$='-Field_" + key + "-error-message']"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }
}
