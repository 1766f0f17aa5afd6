package se.lansstyrelsen.jvg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.BrowserPerClass;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * Tasklist's helpers for caseworkers (tasklist/scripts/caseworker-tools.js) in a real browser with a Swedish
 * language: the header link to the cases waiting for completion (opened with Tasklist's session), a start
 * dialog that keeps what was typed on a backdrop click and Escape and shows the first error after a failed
 * start, and form drafts removed from localStorage at logout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// A context of its own: TasklistReviewBrowserTest's has the same configuration, but its mail server stops after
// that class (OwnMailServerTest), and this test sends e-mail (receipt, completion request).
@org.springframework.test.context.TestPropertySource(properties = "jvg.test.context=caseworker-tools")
class CaseworkerToolsBrowserTest extends OwnMailServerTest {

    private static final String PASSWORD = "test-Demo-Passw0rd!";

    @LocalServerPort
    int port;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass("1280,900");

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @Test
    void shouldLinkToWaitingCasesKeepTheStartDialogShowTheFirstErrorAndClearDraftsAtLogout() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(93_020);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        driver.completeTask(pid, Elements.REVIEW, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        driver.completeTask(
                pid,
                Elements.CONTACT_CONTACT_PERSON,
                Map.of(
                        Variables.MISSING_INFORMATION,
                        "Protokollsutdrag från kommunstyrelsen",
                        Variables.CONTACT_METHOD,
                        "EMAIL"));
        driver.runJob(pid, Elements.SEND_COMPLETION_REQUEST);
        String waiting = driver.caseNumber(pid);

        browser.get(tasklist());
        chromium.waitVisible(By.cssSelector("input[ng-model='username']")).sendKeys("handlaggare1");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        chromium.waitVisible(By.xpath("//a[contains(., 'Starta process')]"));

        // The header link opens the waiting cases with Tasklist's session: no second login.
        WebElement link = chromium.waitVisible(By.id("jvg-waiting-link"));
        assertThat(link.getText()).isEqualTo("Väntar på organisationen");
        chromium.screenshot("20-tasklist-lank-vantar");
        link.click();
        chromium.waitVisible(By.xpath("//h1[normalize-space(.)='Väntar på organisationen']"));
        assertThat(chromium.bodyText())
                .contains(waiting)
                .contains(TestAccessions.organisationName(93_020))
                .contains("Protokollsutdrag från kommunstyrelsen")
                .contains(TestAccessions.contactEmail(93_020));
        chromium.screenshot("21-vantar-pa-organisationen");
        browser.findElement(By.linkText(waiting)).click();
        chromium.waitVisible(By.xpath("//h1[normalize-space(.)='Ärende " + waiting + "']"));
        assertThat(chromium.bodyText()).contains("Ärendets historik").contains("Begärt av organisationen");
        chromium.screenshot("22-arendets-historik");

        // The start dialog keeps what was typed on a click beside it and on Escape.
        browser.get(tasklist());
        chromium.waitVisible(By.xpath("//a[contains(., 'Starta process')]")).click();
        WebElement name = chromium.clickUntilVisible(
                By.xpath("//*[contains(@class,'modal')]//a[contains(., 'Anslutning till Jämställt')]"),
                field("organisationName"),
                Duration.ofSeconds(30),
                "webapp/startformularet-syns-inte");
        name.sendKeys("Testkommun med utkast");
        new Actions(browser).moveToLocation(8, 450).click().perform();
        name.sendKeys(Keys.ESCAPE);
        Thread.sleep(500);
        assertThat(browser.findElements(By.cssSelector(".modal")))
                .as("the dialog is still open")
                .isNotEmpty();
        assertThat(browser.findElement(field("organisationName")).getAttribute("value"))
                .isEqualTo("Testkommun med utkast");

        // A failed start shows the first field with an error, not the Start button far below it.
        WebElement start =
                browser.findElement(By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='Starta']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'end'});", start);
        start.click();
        WebElement firstError = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".modal .fjs-has-errors")).stream()
                        .findFirst()
                        .orElse(null));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> inViewport(firstError));
        chromium.screenshot("23-startdialog-forsta-felet");

        // An empty dialog still closes on a click beside it (nothing to lose). The URL reopens the dialog: leave it.
        chromium.openWebappPage(
                        tasklist(),
                        ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Starta process')]")),
                        Duration.ofSeconds(45),
                        "24-tasklist-efter-omladdning")
                .click();
        chromium.waitVisible(By.xpath("//*[contains(@class,'modal')]//a[contains(., 'Anslutning till Jämställt')]"));
        new Actions(browser).moveToLocation(8, 450).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".modal")).isEmpty());

        // Logout removes Tasklist's form drafts (keys as Tasklist 7.24 writes them) and keeps other settings.
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("localStorage.setItem('camunda-form:abc', '{\"data\":{\"contactEmail\":\"x@example.se\"}}');"
                + "localStorage.setItem('camForm:def', '{}'); localStorage.setItem('jvg-other', 'kvar');");
        chromium.waitVisible(By.cssSelector(
                        "[cam-widget-header] .account > a, [cam-widget-header] li.account a.dropdown-toggle"))
                .click();
        chromium.waitVisible(By.cssSelector("li.logout a")).click();
        chromium.waitVisible(By.cssSelector("input[ng-model='username']"));
        assertThat(js.executeScript(
                        "return Object.keys(localStorage).filter(k => /^(camunda-form|camForm):/.test(k)).length"))
                .isEqualTo(0L);
        assertThat(js.executeScript("return localStorage.getItem('jvg-other')")).isEqualTo("kvar");
    }

    @Test
    void shouldShowManagersTheCaseNumberFirstAndNoActionsTheirRightsRefuse() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(93_021);
        String caseNumber = driver.caseNumber(pid);
        String definitionId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult()
                .getProcessDefinitionId();

        browser.manage().deleteAllCookies();
        String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/" + engine.getName() + "/";
        browser.get(cockpit);
        chromium.waitVisible(By.cssSelector("input[ng-model='username']")).sendKeys("chef1");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        chromium.waitVisible(By.xpath("//a[normalize-space(.)='Processer']"));
        assertThat(browser.findElements(By.cssSelector(
                        "[cam-widget-header] a[href*='tasklist'], [cam-widget-header] a[href*='admin']")))
                .as("no links to apps a manager may not use")
                .isEmpty();

        chromium.openWebappPage(
                cockpit + "#/process-definition/" + definitionId + "/runtime",
                d -> chromium.bodyText().contains(caseNumber),
                Duration.ofSeconds(45),
                "30-cockpit-arendet-saknas");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "const th = document.querySelector('th.business-key'); return th && th.parentElement.firstElementChild === th;")));
        Object firstColumn = ((JavascriptExecutor) browser)
                .executeScript(
                        "const th = document.querySelector('th.business-key');"
                                + " return Array.from(th.closest('table').querySelectorAll('tbody > tr')).map(r => r.firstElementChild.textContent.trim());");
        java.util.List<String> values =
                ((java.util.List<?>) firstColumn).stream().map(String::valueOf).toList();
        assertThat(values).contains(caseNumber).allSatisfy(v -> assertThat(v).startsWith("JVG-"));
        chromium.screenshot("30-cockpit-arendenummer-forst");

        // The instance's variables: a table with an actions column.
        chromium.openWebappPage(
                cockpit + "#/process-instance/" + pid + "/runtime",
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.querySelectorAll('td.actions').length > 0;")),
                Duration.ofSeconds(45),
                "31-cockpit-chef-variabler-saknas");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d ->
                        d.findElement(By.tagName("body")).getAttribute("class").contains("jvg-read-only"));
        assertThat(browser.findElements(By.cssSelector("td.actions button, .ctn-toolbar a, .ctn-toolbar button")))
                .as("edit, delete, cancel, suspend: none shown to a manager")
                .allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        chromium.screenshot("31-cockpit-chef-utan-atgarder");

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> chromium.bodyText().contains("Du har inte behörighet till sidan"));
        assertThat(chromium.bodyText()).doesNotContain("Whitelabel");
        chromium.screenshot("33-chef-tasklist-svensk-403");
    }

    private boolean inViewport(WebElement element) {
        Object visible = ((JavascriptExecutor) browser)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                        element);
        return Boolean.TRUE.equals(visible);
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/";
    }

    private static By field(String key) {
        return By.cssSelector(".modal [id$='-Field_" + key + "']");
    }
}
