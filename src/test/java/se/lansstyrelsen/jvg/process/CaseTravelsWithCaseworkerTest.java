package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * A case travels with its caseworker: the next task goes to whoever completed the previous one, task
 * names carry the organisation, and every task form gets the case's history, escaped, with what the
 * organisation's completion changed.
 */
class CaseTravelsWithCaseworkerTest extends IntegrationTestBase {

    @Autowired
    AccessionService accessions;

    @Autowired
    AccessionProcessGateway gateway;

    @Test
    void shouldGiveEachNextTaskToTheCaseworkerWhoCompletedThePreviousOne() {
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(72_001);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        Task review = task(pid);
        assertThat(review.getAssignee()).isNull(); // the first task of a case goes to the pool
        assertThat(review.getName()).isEqualTo("Granska anslutning – " + TestAccessions.organisationName(72_001));

        actAs("kim", AccessionProcess.CASEWORKER_GROUP);
        engine.getFormService().submitTaskForm(review.getId(), TestAccessions.approval());

        Task registration = task(pid);
        assertThat(registration.getTaskDefinitionKey()).isEqualTo(Elements.REGISTER);
        assertThat(registration.getAssignee()).isEqualTo("kim");
        String history =
                (String) engine.getTaskService().getVariableLocal(registration.getId(), Variables.CASE_HISTORY);
        assertThat(history).contains("**Inkommen**").contains("**Godkänd, väntar på registrering** (kim)");
        assertThat(engine.getTaskService()
                        .getVariableLocal(registration.getId(), Variables.REGISTRATION_REFERENCE_EXAMPLE))
                .as("the registry's example beside the field")
                .isEqualTo("801-9838-2024:12");
    }

    @Test
    void shouldShowWhatWasAskedAndWhatTheCompletionChangedEscapedInTheReviewForm() {
        AccessionDriver driver = new AccessionDriver(engine);
        int n = 72_002;
        String pid = driver.submit(n);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        String caseNumber = driver.caseNumber(pid);

        actAs("kim", AccessionProcess.CASEWORKER_GROUP);
        engine.getFormService()
                .submitTaskForm(task(pid).getId(), Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        Task contact = task(pid);
        assertThat(contact.getAssignee()).isEqualTo("kim");
        engine.getFormService()
                .submitTaskForm(
                        contact.getId(),
                        Map.of(
                                Variables.MISSING_INFORMATION,
                                "Beslut **saknas** <script>alert(1)</script>",
                                Variables.CONTACT_METHOD,
                                "PHONE"));
        runJobs(pid);

        Map<String, Object> completion = TestAccessions.publicForm(n);
        completion.put("decisionBody", "Kommunfullmäktige");
        completion.put("contactEmail", "ny.adress@kommun.example");
        engine.getIdentityService().clearAuthentication();
        accessions.applyCompletion(accessions.idOfCase(caseNumber), completion);
        gateway.completionReceived(caseNumber, completion);

        Task review = task(pid);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW);
        assertThat(review.getAssignee()).isEqualTo("kim");
        String history = (String) engine.getTaskService().getVariableLocal(review.getId(), Variables.CASE_HISTORY);
        assertThat(history)
                .startsWith("[Hela ärendet](/intern/arenden/" + caseNumber + ") · Inget protokollsutdrag bifogat")
                .contains("**Komplettering begärd** (kim)")
                .containsPattern("\\*\\*Begärt av organisationen\\*\\* \\(kim\\): Beslut .*Svar inkom \\d+ ")
                .containsPattern("\\*\\*Under granskning\\*\\*: .*Svar på begäran \\d+ .*: Beslut")
                .contains("Beslut &#42;&#42;saknas&#42;&#42; &#60;script&#62;alert&#40;1&#41;&#60;/script&#62;")
                .contains("telefon")
                .contains("Beslutande organ: Kommunstyrelsen → Kommunfullmäktige")
                .contains("Kontaktpersonens e&#45;postadress")
                .doesNotContain("<script>")
                .doesNotContain("ny.adress");
    }

    private Task task(String pid) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    }
}
