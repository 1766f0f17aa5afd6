package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionDetails;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.support.HeadlessChromium;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * Information sessions over HTTP and in a real browser: the public API refuses bad input with Swedish
 * problem+json and stores nothing; an organisation finds the session on /anslutning and signs up with the
 * form-js form in the browser; a caseworker logs in and sees the attendee on /intern/informationstraffar.
 */
class InformationSessionBrowserTest extends PublicFormIntegrationTest {

    private static final String CASEWORKER = "traffhandlaggare";
    private static final String PASSWORD = "Traff-Passw0rd!";

    @Autowired
    SessionService sessions;

    @Autowired
    IdentityService identity;

    private InformationSession session(String title) {
        Instant start = LocalDate.now(ClockConfig.SWEDEN)
                .plusDays(40)
                .atTime(LocalTime.of(10, 0))
                .atZone(ClockConfig.SWEDEN)
                .toInstant();
        return sessions.create(
                new SessionDetails(title, start, start.plus(Duration.ofHours(1)), "https://moten.example/x", 10));
    }

    @Test
    void shouldRefuseABadSignUpWithSwedishProblemJsonAndStoreNothing() throws Exception {
        InformationSession s = session("API-träff");
        mvc.perform(withCsrf(post("/api/informationstraffar/" + s.getId() + "/anmalningar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationName\":\"\",\"contactEmail\":\"x\",\"participants\":\"två\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Uppgifterna behöver rättas"))
                .andExpect(
                        jsonPath("$.errors.contactEmail").value("Ange en giltig e-postadress, t.ex. namn@kommun.se."))
                .andExpect(jsonPath("$.errors.participants").value("Ange antal deltagare, 1–10."));
        mvc.perform(withCsrf(post("/api/informationstraffar/" + s.getId() + "/anmalningar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1,2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Felaktig begäran"));
        mvc.perform(withCsrf(post("/api/informationstraffar/999999/anmalningar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Träffen finns inte"));
        mvc.perform(post("/api/informationstraffar/" + s.getId() + "/anmalningar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        assertThat(sessions.signups(s.getId())).isEmpty();

        mvc.perform(withCsrf(post("/api/informationstraffar/" + s.getId() + "/anmalningar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationName\":\"API-kommunen\",\"contactName\":\"Per Persson\","
                                + "\"contactEmail\":\"per@api-kommunen.example\",\"participants\":3}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("IT-")));
        assertThat(sessions.placesTaken(s.getId())).isEqualTo(3);
    }

    @Test
    void shouldShowTheSignUpFormFromAnslutningAndTheAttendeeToTheLoggedInCaseworker() throws Exception {
        InformationSession s = session("Webbläsarträff");
        TestUsers.ensure(identity, CASEWORKER, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        try (HeadlessChromium chromium = HeadlessChromium.start("1280,1800")) {
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(baseUrl() + "/anslutning");
            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#kommande-traffar a[href='/informationstraffar/" + s.getId() + "/anmalan']")));
            link.click();
            // Typing before form-js has finished importing the form is lost when the import sets its data (seen in CI).
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#public-form[data-ready='true']")));
            WebElement name = wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='Field_organisationName']")));
            // The page names the session (a model attribute called "session" once came out empty: Thymeleaf reads
            // ${session} as the HTTP session, and the form then posted to a URL without the session's id).
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anmälan till Webbläsarträff");
            assertThat(browser.findElement(By.id("places")).getText()).isEqualTo("10 platser kvar.");
            name.sendKeys("Webbkommunen");
            browser.findElement(By.cssSelector("[id$='Field_contactName']")).sendKeys("Lena Lind");
            browser.findElement(By.cssSelector("[id$='Field_contactEmail']")).sendKeys("lena@webbkommunen.example");
            browser.findElement(By.cssSelector("[id$='Field_participantNames']"))
                    .sendKeys("Lena Lind, HR");
            browser.findElement(By.id("submit-button")).click();
            WebElement receipt;
            try {
                receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
            } catch (org.openqa.selenium.TimeoutException e) {
                // Say what the page showed instead (a refusal, an error line) and keep a picture of it.
                chromium.screenshot("informationstraff-inget-kvitto");
                throw new AssertionError(
                        "No receipt after sending the sign-up; the page says: "
                                + browser.findElement(By.tagName("body")).getText(),
                        e);
            }
            assertThat(receipt.getText()).contains("Anmälan är mottagen").contains("IT-");
            assertThat(sessions.signups(s.getId()))
                    .singleElement()
                    .satisfies(
                            signup -> assertThat(signup.getOrganisationName()).isEqualTo("Webbkommunen"));

            browser.get(baseUrl() + "/intern/informationstraffar/" + s.getId());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("anvandare")))
                    .sendKeys(CASEWORKER);
            browser.findElement(By.id("losenord")).sendKeys(PASSWORD);
            browser.findElement(By.id("login-button")).click();
            WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deltagare")));
            assertThat(table.getText())
                    .contains("Webbkommunen")
                    .contains("Lena Lind")
                    .contains("Plats");
            assertThat(browser.findElement(By.id("summary")).getText()).contains("1 av 10 platser tagna");
        }
    }
}
