package se.lansstyrelsen.jvg.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.support.BrowserPerClass;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;

/**
 * The managers' view in a real browser (Debian's chromium and chromedriver; fails, never skips, without them), on
 * the demo profile's sample data (seeded through the real process at start, with a GreenMail server taking the
 * e-mails): the manager chef1 logs in to Cockpit, sees the overview plugin on the dashboard in Swedish with the
 * figures of the JSON API (read with the Cockpit session) and the coverage picture, follows its link to
 * /intern/oversikt without another login, and finds the tab on the accession process definition.
 * Screenshots go to target/screenshots/overview/.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "accession.demo.sample-data=true",
            // Cockpit's dashboard addresses the engine "default" after the login; with the test profile's unique engine
            // name its calls answer 401 and Cockpit returns to its login page.
            "camunda.bpm.generate-unique-process-engine-name=false"
        })
@ActiveProfiles({"test", "demo"})
// The engine named "default" must not outlive this class: process tests expect a single registered engine.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OverviewCockpitBrowserTest extends IntegrationTestBase {

    private static final String PASSWORD = "test-Demo-Passw0rd!";

    @LocalServerPort
    int port;

    @Autowired
    OverviewService overview;

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass("1400,1800");

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @Test
    void shouldShowTheOverviewInCockpitAndOpenTheFullOverviewWithoutAnotherLogin() throws Exception {
        OverviewReport expected = overview.report(overview.range(null, null));
        assertThat(expected.sampleData())
                .as("the demo profile seeded its sample set")
                .isTrue();
        assertThat(expected.coverage().joined()).isEqualTo(18);
        assertThat(expected.coverage().underWay()).isEqualTo(5);
        assertThat(expected.joinedByType())
                .allSatisfy(t -> assertThat(t.inPeriod()).isPositive());
        assertThat(expected.leadTimes().total().cases()).isPositive();
        assertThat(expected.work().overdueTasks()).isPositive();

        chromium.logInToWebapp(base() + "/camunda/app/cockpit/" + engine.getName() + "/", "chef1", PASSWORD);

        // The plugin's requests to /intern/** run beside Cockpit's own; Cockpit must stay logged in.
        WebElement plugin = chromium.waitVisible(By.cssSelector("[data-jvg-overview]"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> imageLoaded(plugin));
        String text = plugin.getText();
        assertThat(text)
                .contains(
                        "Jämställt Västra Götaland – översikt över anslutningarna",
                        "Exempeldata",
                        expected.coverage().joined() + " av 49 kommuner anslutna",
                        expected.coverage().underWay() + " med pågående ärende",
                        "Ärenden efter status",
                        "Ansluten",
                        "Anslutna organisationer efter typ",
                        "Lärosäte",
                        "Ledtider i dagar",
                        "Från inskickad till registrerad",
                        "Väntar på granskning",
                        "Median",
                        "Öppna uppgifter",
                        "Öppna hela översikten")
                .doesNotContain("undefined", "NaN", "kunde inte hämtas");
        assertThat(text).contains(String.valueOf(expected.leadTimes().total().cases()));
        Thread.sleep(2000);
        assertThat(browser.getCurrentUrl()).as("still logged in to Cockpit").doesNotContain("/login");
        assertThat(browser.findElements(By.cssSelector("input[ng-model='username']")))
                .isEmpty();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", plugin);
        screenshot("01-cockpit-dashboard");

        plugin.findElement(By.linkText("Öppna hela översikten")).click();
        WebElement heading = chromium.waitVisible(By.tagName("h1"));
        assertThat(browser.getCurrentUrl()).as("no login page in between").endsWith("/intern/oversikt");
        assertThat(heading.getText()).isEqualTo("Översikt över anslutningarna");
        assertThat(browser.findElement(By.id("exempeldata")).getText()).startsWith("Exempeldata.");
        assertThat(browser.findElement(By.id("tackning-summering")).getText())
                .contains(expected.coverage().joined() + " av 49 kommuner anslutna");
        assertThat(browser.findElements(By.cssSelector("svg g.kommun"))).hasSize(49);
        assertThat(browser.findElements(By.cssSelector("svg g.kommun[data-state='JOINED']")))
                .hasSize(18);
        assertThat(browser.findElements(By.cssSelector("svg g.mal")))
                .hasSize(expected.goals().size());
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains(
                        "Prioriterade mål",
                        "Ledtider i valt intervall",
                        "Öppna uppgifter per handläggare",
                        "Försenade uppgifter",
                        "Anna Lindqvist (handlaggare1)");
        screenshot("02-oversikt");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('rubrik-mal').scrollIntoView();");
        screenshot("03-oversikt-mal-och-ledtider");

        // A bad date on the page: 400 with the Swedish message, no stack trace.
        browser.get(base() + "/intern/oversikt?fran=2026-02-30");
        assertThat(chromium.waitVisible(By.id("fel")).getText()).contains("”Från” är inte ett giltigt datum");

        // The tab on the accession process definition.
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .latestVersion()
                .singleResult()
                .getId();
        // Cockpit renders the definition's diagram and statistics before its tabs; on a loaded 2-core CI machine
        // that took more than 30 s once, so this wait is longer than the others.
        WebElement tab = chromium.openWebappPage(
                base() + "/camunda/app/cockpit/" + engine.getName() + "/#/process-definition/" + definitionId
                        + "/runtime?detailsTab=jvg.overview.processDefinitionTab",
                ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Anslutningsöversikt']")),
                Duration.ofSeconds(90),
                "cockpit-flik-saknas");
        tab.click();
        WebElement inTab = chromium.waitVisible(By.cssSelector(".ctn-tabbed-content [data-jvg-overview]"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> inTab.getText().contains("Ledtider"));
        assertThat(browser.getCurrentUrl()).contains("/process-definition/" + definitionId);
        assertThat(inTab.getText())
                .contains(expected.coverage().joined() + " av 49 kommuner anslutna", "Öppna hela översikten")
                .doesNotContain("Pågående arbete");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", tab);
        screenshot("04-cockpit-processdefinition-flik");
    }

    private static boolean imageLoaded(WebElement plugin) {
        var images = plugin.findElements(By.cssSelector("img.jvg-grid"));
        return !images.isEmpty()
                && Boolean.TRUE.equals(((JavascriptExecutor) browser)
                        .executeScript(
                                "return arguments[0].complete && arguments[0].naturalWidth > 0;", images.get(0)));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(String name) throws Exception {
        chromium.screenshot("overview/" + name);
    }
}
