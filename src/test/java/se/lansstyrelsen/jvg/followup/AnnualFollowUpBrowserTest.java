package se.lansstyrelsen.jvg.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestFollowUps;

/**
 * The contact person answers the yearly follow-up in a real browser: the e-mailed link, the form-js form, an
 * empty required answer refused on the page, then "Skicka uppföljningen" and the receipt; the answer is stored
 * and the caseworker's review task is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualFollowUpBrowserTest extends IntegrationTestBase {

    private static final int YEAR = 2028;

    @Autowired
    AnnualFollowUpService followUps;

    @Autowired
    AnnualFollowUpGateway gateway;

    @Autowired
    AccessionSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void shouldTakeTheContactPersonsAnswerFromTheBrowserForm() throws Exception {
        settings.setPublicBaseUrl("http://localhost:" + port);
        int n = 61_060;
        long accessionId = TestFollowUps.joined(engine, jdbc, n).accessionId();
        AnnualFollowUpService.Created created =
                followUps.createFor(accessionId, YEAR).orElseThrow();
        String pid = gateway.start(created, YEAR);
        MAIL.purgeEmailFromAllMailboxes(); // the receipt and the confirmation went to the same address
        runJobs(pid);
        Matcher link = AnnualFollowUpIntegrationTest.LINK.matcher(
                (String) AnnualFollowUpIntegrationTest.onlyMailTo(TestAccessions.contactEmail(n))
                        .getContent());
        assertThat(link.find()).as("link in the e-mail").isTrue();

        try (HeadlessChromium chromium = HeadlessChromium.start("1280,1800")) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            browser.get(link.group(1));
            List<WebElement> done = wait.until(d -> {
                List<WebElement> fields = d.findElements(By.cssSelector("#follow-up-form textarea[id*='Field_done']"));
                return fields.isEmpty() ? null : fields;
            });
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Årlig uppföljning " + YEAR);

            // A required answer left empty: the page says so and nothing is sent.
            browser.findElement(By.id("submit-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("follow-up-form"), "Fältet måste fyllas i"));
            assertThat(followUps.get(created.followUpId()).getStatus()).isEqualTo(FollowUpStatus.SENT);

            for (WebElement field : done) {
                field.sendKeys("Vi har utbildat chefer i jämställd rekrytering.");
            }
            browser.findElement(By.id("submit-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("main"), "Uppföljningen är inskickad"));
        }

        AnnualFollowUp stored = followUps.get(created.followUpId());
        assertThat(stored.getStatus()).isEqualTo(FollowUpStatus.ANSWERED);
        assertThat(stored.getAnswers())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.done()).isEqualTo("Vi har utbildat chefer i jämställd rekrytering."));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pid)
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo(AnnualFollowUpProcess.Elements.REVIEW);
    }
}
