package se.lansstyrelsen.jvg.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lansstyrelsen.jvg.support.MockMvcLogin.basic;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * "Väntar på organisationen" (/intern/vantar): cases waiting for the organisation's completion, found
 * through the process (no user task exists then), and a case's history page, for caseworkers only.
 */
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class CaseViewPagesTest extends IntegrationTestBase {

    @Autowired
    MockMvc mvc;

    @Test
    void shouldListTheCasesWaitingForCompletionWithWhatWasAskedAndTheContactButNotCasesInReview() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        String waitingPid = driver.submit(93_010);
        driver.runJob(waitingPid, Elements.SEND_RECEIPT);
        driver.completeTask(waitingPid, Elements.REVIEW, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        driver.completeTask(
                waitingPid,
                Elements.CONTACT_CONTACT_PERSON,
                Map.of(Variables.MISSING_INFORMATION, "Protokollsutdrag <saknas>", Variables.CONTACT_METHOD, "PHONE"));
        driver.runJob(waitingPid, Elements.SEND_COMPLETION_REQUEST);
        String waiting = driver.caseNumber(waitingPid);
        String inReview = driver.caseNumber(driver.submit(93_011));

        String page = mvc.perform(get("/intern/vantar").with(basic("handlaggare1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<h1>Väntar på organisationen</h1>")
                .contains("href=\"/intern/arenden/" + waiting + "\"")
                .contains(TestAccessions.organisationName(93_010))
                .contains("Protokollsutdrag &lt;saknas&gt;")
                .contains(TestAccessions.contactEmail(93_010))
                .contains("Kim Kontakt 93010")
                .contains("Påminnelse 1 skickas")
                .doesNotContain(inReview);
    }

    @Test
    void shouldShowACaseHistoryToCaseworkersOnlyAndAnswerAnUnknownCaseWithNotFound() throws Exception {
        AccessionDriver driver = new AccessionDriver(engine);
        String caseNumber = driver.caseNumber(driver.submit(93_012));

        String page = mvc.perform(get("/intern/arenden/" + caseNumber).with(basic("handlaggare2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Ärende " + caseNumber)
                .contains("Inkommen")
                .contains("href=\"/intern/arenden/" + caseNumber + "/protokollsutdrag\"");

        mvc.perform(get("/intern/arenden/JVG-1999-0001").with(basic("handlaggare2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intern/arenden/nonsense").with(basic("handlaggare2"))).andExpect(status().isNotFound());
        mvc.perform(get("/intern/vantar").with(basic("chef1"))).andExpect(status().isForbidden());
        mvc.perform(get("/intern/vantar")).andExpect(status().isUnauthorized());
    }
}
