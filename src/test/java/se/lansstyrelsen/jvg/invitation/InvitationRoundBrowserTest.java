package se.lansstyrelsen.jvg.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.support.BrowserPerClass;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * A caseworker starts an invitation round in Tasklist in a real browser (Debian's chromium and chromedriver):
 * log in, Starta process → Inbjudningsomgång, fill in the start form (the selected organisations' field appears
 * with "Utvalda organisationer"), start; the round and its invitation are in the database. Same context as
 * SwedishTasklistBrowserTest (demo users; no job executor, so no e-mail goes out here: InvitationIntegrationTest
 * covers the e-mails). And the public page an invitation's link opens: sent, it ends that invitation.
 * Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class InvitationRoundBrowserTest {

    private static final String PASSWORD = "test-Demo-Passw0rd!";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    EligibleOrganisations organisations;

    @Autowired
    InvitationService invitations;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass("1280,1400");

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @Test
    void shouldStartAnInvitationRoundFromTasklistsStartForm() throws Exception {
        String number = TestAccessions.organisationNumber(65_010);
        organisations.add(
                new EligibleOrganisations.Row(
                        "Webbläsarmyndighet 65010",
                        number,
                        "STATLIG_MYNDIGHET",
                        null,
                        "registrator65010@myndighet.example"),
                "test");

        chromium.logInToWebapp(
                "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/",
                "handlaggare1",
                PASSWORD);
        chromium.waitVisible(By.xpath("//a[contains(., 'Starta process')]")).click();
        chromium.clickUntilVisible(
                        By.xpath("//*[contains(@class,'modal')]//a[contains(., 'Inbjudningsomgång')]"),
                        field("roundName"),
                        Duration.ofSeconds(30),
                        "inbjudningsomgang-startformularet-syns-inte")
                .sendKeys("Webbläsaromgång 65010");
        assertThat(browser.findElements(field("selectedOrganisations")))
                .as("hidden until 'Utvalda'")
                .isEmpty();
        browser.findElement(By.cssSelector(".modal [id$='-Field_invitationScope-3']"))
                .sendKeys(Keys.SPACE);
        chromium.waitVisible(field("selectedOrganisations")).sendKeys(number);
        browser.findElement(field("invitationMessage")).sendKeys("Välkomna att ansluta er till strategin.");
        WebElement date = browser.findElement(By.cssSelector(".modal [id$='-Field_roundDeadline-date']"));
        date.sendKeys(inLocaleFormat(LocalDate.now().plusDays(30), date.getAttribute("placeholder")));
        date.sendKeys(Keys.TAB);
        chromium.screenshot("inbjudningsomgang-01-startformular");
        browser.findElement(By.xpath("//*[contains(@class,'modal')]//button[normalize-space(.)='Starta']"))
                .click();

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> jdbc.queryForObject(
                                "select count(*) from invitation_round where name = 'Webbläsaromgång 65010'",
                                Integer.class)
                        == 1);
        long roundId =
                jdbc.queryForObject("select id from invitation_round where name = 'Webbläsaromgång 65010'", Long.class);
        assertThat(jdbc.queryForObject("select started_by from invitation_round where id = ?", String.class, roundId))
                .isEqualTo("handlaggare1");
        assertThat(jdbc.queryForObject("select deadline from invitation_round where id = ?", LocalDate.class, roundId))
                .isEqualTo(LocalDate.now().plusDays(30));
        List<String> invited = jdbc.queryForList(
                "select o.name from invitation i join eligible_organisation o"
                        + " on o.id = i.eligible_organisation_id where i.round_id = ?",
                String.class,
                roundId);
        assertThat(invited).containsExactly("Webbläsarmyndighet 65010");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(InvitationProcess.ROUND_KEY)
                        .processInstanceBusinessKey(InvitationProcess.roundBusinessKey(roundId))
                        .count())
                .isEqualTo(1);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector(".modal [id$='-Field_roundName']")));
        chromium.screenshot("inbjudningsomgang-02-startad");

        // Cleared again (no job executor here: the round waits before starting its invitations).
        invitations.closeRound(roundId);
        engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(InvitationProcess.ROUND_KEY)
                .processInstanceBusinessKey(InvitationProcess.roundBusinessKey(roundId))
                .list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test cleared"));
    }

    /**
     * The page an invitation's link opens sends the link's token with the accession (the script's
     * X-Invitation-Token), so the invitation of an organisation without a known number ends with the accession.
     */
    @Test
    void shouldEndTheInvitationOfAnOrganisationWithoutNumberWhenItsLinksPageIsSent() throws Exception {
        organisations.add(
                new EligibleOrganisations.Row(
                        "Webbläsarhögskolan 65012", null, "LAROSATE", null, "registrator65012@hogskola.example"),
                "test");
        InvitationService.StartedRound round = invitations.startRound(
                java.util.Map.of(
                        "roundName",
                        "Länkomgång 65012",
                        "invitationScope",
                        "SELECTED",
                        "selectedOrganisations",
                        "Webbläsarhögskolan 65012",
                        "invitationMessage",
                        "Välkomna!",
                        "roundDeadline",
                        LocalDate.now().plusDays(30).toString()),
                "test",
                null);
        long invitationId = round.invitationIds().get(0);
        String token = invitations.issueLink(invitationId);

        browser.get("http://localhost:" + port + "/anslutning?inbjudan=" + token);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> "Webbläsarhögskolan 65012"
                        .equals(chromium.waitVisible(publicField("organisationName"))
                                .getAttribute("value")));
        type("organisationNumber", TestAccessions.organisationNumber(65_012));
        type("contactName", "Lina Länk");
        type("contactTitle", "Utvecklingsledare");
        type("contactEmail", "lina.lank@hogskola.example");
        type("contactPhone", "031-111 22 33");
        type("decisionBody", "Rektor");
        WebElement date = browser.findElement(By.cssSelector("#public-form [id$='-Field_decisionDate-date']"));
        date.sendKeys(inLocaleFormat(LocalDate.now().minusDays(3), date.getAttribute("placeholder")));
        date.sendKeys(Keys.TAB);
        type("decisionReference", "Rektorsbeslut 1");
        chromium.waitVisible(By.cssSelector("#public-form [id$='-Field_goalsMakt-0']"))
                .sendKeys(Keys.SPACE);
        type("plannedWork", "Vi börjar med jämställdhetsanalyser.");
        chromium.waitVisible(By.cssSelector("#public-form [id$='-Field_personalDataConsent']"))
                .sendKeys(Keys.SPACE);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("submit-button")))
                .click();
        String caseNumber;
        try {
            caseNumber = chromium.waitVisible(By.id("receipt-case-number")).getText();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "No receipt; the page says: "
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
        chromium.screenshot("inbjudningsomgang-03-kvitto-via-lank");

        assertThat(jdbc.queryForObject(
                        "select submitted_case_number from invitation where id = ?", String.class, invitationId))
                .isEqualTo(caseNumber);
        assertThat(jdbc.queryForObject("select end_reason from invitation where id = ?", String.class, invitationId))
                .isEqualTo("SUBMITTED");
        invitations.closeRound(round.roundId());
    }

    private void type(String key, String text) {
        WebElement input = chromium.waitVisible(publicField(key));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private static By publicField(String key) {
        return By.cssSelector("#public-form [id$='-Field_" + key + "']");
    }

    static String inLocaleFormat(LocalDate date, String placeholder) {
        String p = placeholder == null || placeholder.isBlank() ? "yyyy-mm-dd" : placeholder.toLowerCase();
        return p.replace("yyyy", String.format("%04d", date.getYear()))
                .replace("mm", String.format("%02d", date.getMonthValue()))
                .replace("dd", String.format("%02d", date.getDayOfMonth()));
    }

    private static By field(String key) {
        return By.cssSelector(".modal [id$='-Field_" + key + "']");
    }
}
