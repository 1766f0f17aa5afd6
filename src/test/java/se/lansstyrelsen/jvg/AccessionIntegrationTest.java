package se.lansstyrelsen.jvg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionRepository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.accession.StatusChange;
import se.lansstyrelsen.jvg.notification.Notification;
import se.lansstyrelsen.jvg.notification.NotificationRepository;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;

/**
 * One accession from the Tasklist start form to formal registration with the real engine, H2,
 * Flyway, the real delegates and a real SMTP server; authorizations on, as in Tasklist.
 */
class AccessionIntegrationTest extends IntegrationTestBase {

    private static final String MAILBOX = "handlaggare.jamstalldhet@lansstyrelsen.example";

    @Autowired
    AccessionRepository accessions;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void shouldTakeAnAccessionFromTheStartFormToRegistration() throws Exception {
        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        ProcessInstance pi = engine.getFormService()
                .submitStartForm(definition().getId(), validStartForm("Ale <b>kommun</b>", "2120001355"));
        String caseNumber = pi.getBusinessKey();
        assertThat(caseNumber).matches("JVG-\\d{4}-\\d{4}");

        runJobs(pi.getId());
        assertThat(mails()).hasSize(2);
        MimeMessage[] sent = {mailWithSubjectStarting("Vi har tagit emot"), mailWithSubjectStarting("Ny anslutning")};
        assertThat(recipient(sent[0])).isEqualTo("karin.svensson@goteborg.example");
        assertThat(sent[0].getSubject())
                .isEqualTo("Vi har tagit emot er anslutning till Jämställt Västra Götaland 2024–2027 (" + caseNumber
                        + ")");
        assertThat(body(sent[0]))
                .contains("Ale &lt;b&gt;kommun&lt;/b&gt;")
                .doesNotContain("<b>kommun</b>")
                .contains("Kvinnors och flickors behov")
                .contains("Annat regionalt mål: Minska våld i nära relationer");
        assertThat(recipient(sent[1])).isEqualTo(MAILBOX);
        assertThat(sent[1].getSubject()).isEqualTo("Ny anslutning att granska: Ale <b>kommun</b> (" + caseNumber + ")");
        assertThat(body(sent[1]))
                .contains("Vi utbildar chefer &amp; politiker &lt;i&gt;våren 2027&lt;/i&gt;.")
                .contains("Organisationen vill delta i en informationsträff")
                .contains("karin.svensson@goteborg.example, 031-123 45 67");

        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        Task review = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThat(review.getName()).isEqualTo("Granska anslutning – Ale <b>kommun</b>"); // Tasklist escapes names
        assertThat(engine.getFormService()
                        .getTaskFormVariables(review.getId())
                        .getValue("organisationName", String.class))
                .isEqualTo("Ale <b>kommun</b>");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "organisationNumber"))
                .isEqualTo("212000-1355");
        engine.getTaskService().claim(review.getId(), "handlaggare1");
        engine.getFormService().submitTaskForm(review.getId(), approval());

        Task registration = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThat(registration.getTaskDefinitionKey()).isEqualTo(AccessionProcess.Elements.REGISTER);
        engine.getFormService()
                .submitTaskForm(
                        registration.getId(),
                        Map.of("registrationReference", "801-9838-2024:12", "goalsConfirmed", true));
        runJobs(pi.getId());

        assertThat(mails()).hasSize(3);
        MimeMessage confirmation = mailWithSubjectStarting("Välkommen!");
        assertThat(recipient(confirmation)).isEqualTo("karin.svensson@goteborg.example");
        assertThat(confirmation.getSubject())
                .isEqualTo("Välkommen! Ale <b>kommun</b> är ansluten till Jämställt Västra Götaland 2024–2027 ("
                        + caseNumber + ")");
        assertThat(body(confirmation).replaceAll("\\s+", " "))
                .contains("Ert ärende <strong>" + caseNumber
                        + "</strong> har registrerats under diarienummer <strong>801-9838-2024:12</strong>.")
                .contains("Kvinnors och flickors behov")
                .contains("Minska våld i nära relationer")
                .contains("Metodstöd")
                .contains("informationsträffar");

        HistoricProcessInstance history = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThat(history.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(history.getEndActivityId()).isEqualTo(AccessionProcess.Elements.REGISTERED);
        assertThat(history.getStartUserId()).isEqualTo("handlaggare1");
        assertThat(activities(pi.getId()))
                .containsSubsequence(
                        AccessionProcess.Elements.REGISTER_SUBMISSION,
                        AccessionProcess.Elements.SEND_RECEIPT,
                        AccessionProcess.Elements.REVIEW,
                        AccessionProcess.Elements.RECORD_REVIEW,
                        AccessionProcess.Elements.REGISTER,
                        AccessionProcess.Elements.REGISTER_ORGANISATION,
                        AccessionProcess.Elements.SEND_CONFIRMATION,
                        AccessionProcess.Elements.REGISTERED);

        tx.executeWithoutResult(status -> {
            Accession a = accessions.findByCaseNumber(caseNumber).orElseThrow();
            assertThat(a.getStatus()).isEqualTo(AccessionStatus.REGISTERED);
            assertThat(a.getOrganisation().getOrganisationNumber()).isEqualTo("212000-1355");
            assertThat(a.getOrganisation().getMunicipalityCode()).isEqualTo("1480");
            assertThat(a.getOrganisation().getJoinedAt()).isNotNull();
            assertThat(a.getRegistration().reference()).isEqualTo("801-9838-2024:12");
            assertThat(a.getFiling().processInstanceId()).isEqualTo(pi.getId());
            assertThat(a.getFiling().submittedBy()).isEqualTo("handlaggare1");
            assertThat(a.getDecision().date()).hasToString("2026-10-01");
            assertThat(a.getCommitment().goals())
                    .containsExactlyInAnyOrder(
                            new ChosenGoal("MAKT", "MAKT-1", null),
                            new ChosenGoal("VALD", "VALD-ANNAT", "Minska våld i nära relationer"));
            assertThat(a.getHistory())
                    .extracting(StatusChange::getStatus)
                    .containsExactly(AccessionStatus.SUBMITTED, AccessionStatus.APPROVED, AccessionStatus.REGISTERED);
            assertThat(a.getHistory())
                    .extracting(StatusChange::getActor)
                    .containsExactly("handlaggare1", "handlaggare1", "handlaggare1");
        });
        assertThat(notifications.findByCaseNumberOrderByIdAsc(caseNumber))
                .extracting(Notification::getStatus, Notification::getRecipient)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Notification.Status.SENT, "karin.svensson@goteborg.example"),
                        org.assertj.core.groups.Tuple.tuple(Notification.Status.SENT, MAILBOX),
                        org.assertj.core.groups.Tuple.tuple(
                                Notification.Status.SENT, "karin.svensson@goteborg.example"));
        Integer joined = jdbc.queryForObject(
                "select count(*) from organisation where organisation_number = '212000-1355' and joined_at is not null",
                Integer.class);
        assertThat(joined).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnInvalidStartFormWithSwedishMessagesAndStoreNothing() {
        long accessionsBefore = accessions.count();
        actAs("handlaggare2", AccessionProcess.CASEWORKER_GROUP);
        // Counted as the same user as afterwards: a caseworker sees the history of fewer process definitions.
        long instancesBefore =
                engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        var form = validStartForm("Lerums kommun", "212000-1356");
        form.putValue("contactEmail", "inte-en-adress");
        form.remove("goalsMakt");
        form.remove("goalsVald");

        assertThatThrownBy(() ->
                        engine.getFormService().submitStartForm(definition().getId(), form))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(
                        "Organisationsnummer: Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.")
                .hasMessageContaining("E-postadress: Ange en giltig e-postadress")
                .hasMessageContaining("Prioriterade mål: Välj minst ett regionalt mål");

        assertThat(accessions.count()).isEqualTo(accessionsBefore);
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .count())
                .isEqualTo(instancesBefore);
        assertThat(mails()).isEmpty();
    }

    @Test
    void shouldKeepTheTaskOpenWhenTheRegistrationReferenceHasTheWrongShapeOrARejectionHasNoReason() {
        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        ProcessInstance pi = engine.getFormService()
                .submitStartForm(definition().getId(), validStartForm("Partille kommun", "202100-2411"));
        runJobs(pi.getId());
        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        Task review = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();

        assertThatThrownBy(
                        () -> engine.getFormService().submitTaskForm(review.getId(), Map.of("reviewOutcome", "REJECT")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("motivering");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(review.getId())
                        .count())
                .isEqualTo(1);

        engine.getFormService().submitTaskForm(review.getId(), approval());
        Task registration = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThatThrownBy(() -> engine.getFormService()
                        .submitTaskForm(
                                registration.getId(),
                                Map.of("registrationReference", "Dnr 12", "goalsConfirmed", true)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("t.ex. 801-9838-2024:12");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(registration.getId())
                        .count())
                .isEqualTo(1);
        tx.executeWithoutResult(s -> assertThat(accessions
                        .findByCaseNumber(pi.getBusinessKey())
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(AccessionStatus.APPROVED));
    }

    @Test
    void shouldLetAManagerReadCasesButNotCompleteTasksNorStartThem() {
        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        ProcessInstance pi = engine.getFormService()
                .submitStartForm(definition().getId(), validStartForm("Mölndals stad", "202100-2288"));
        runJobs(pi.getId());

        actAs("chef1", AccessionProcess.MANAGER_GROUP);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(pi.getBusinessKey())
                        .count())
                .isEqualTo(1);
        Task review = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThat(review).isNotNull();
        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(review.getId(), approval()))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> engine.getFormService()
                        .submitStartForm(definition().getId(), validStartForm("Vara kommun", "212000-1355")))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void shouldRefuseASecondOpenCaseAndFlagANewAccessionOfAnOrganisationThatHasJoined() throws Exception {
        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        ProcessInstance first = engine.getFormService()
                .submitStartForm(
                        definition().getId(), validStartForm("Länsstyrelsen i Västra Götalands län", "202100-2247"));
        assertThatThrownBy(() -> engine.getFormService()
                        .submitStartForm(
                                definition().getId(),
                                validStartForm("Länsstyrelsen i Västra Götalands län", "2021002247")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("redan ett pågående anslutningsärende (" + first.getBusinessKey() + ")");

        runJobs(first.getId());
        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        engine.getFormService().submitTaskForm(task(first.getId()).getId(), approval());
        engine.getFormService()
                .submitTaskForm(
                        task(first.getId()).getId(),
                        Map.of("registrationReference", "801-9838-2024", "goalsConfirmed", true));
        MAIL.purgeEmailFromAllMailboxes(); // only the second case's notice counts below
        ProcessInstance second = engine.getFormService()
                .submitStartForm(
                        definition().getId(), validStartForm("Länsstyrelsen i Västra Götalands län", "2021002247"));

        assertThat(engine.getRuntimeService().getVariable(first.getId(), "possibleDuplicate"))
                .isEqualTo(false);
        assertThat(engine.getRuntimeService().getVariable(second.getId(), "possibleDuplicate"))
                .isEqualTo(true);
        assertThat(engine.getRuntimeService().getVariable(second.getId(), "possibleDuplicateOf"))
                .isEqualTo(first.getBusinessKey());
        runJobs(second.getId());
        assertThat(body(mailWithSubjectStarting("Ny anslutning"))).contains("Redan ansluten");
    }

    private org.camunda.bpm.engine.task.Task task(String processInstanceId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
    }

    private ProcessDefinition definition() {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .latestVersion()
                .singleResult();
    }

    private List<String> activities(String processInstanceId) {
        engine.getIdentityService().clearAuthentication();
        return engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    static MimeMessage mailWithSubjectStarting(String prefix) throws Exception {
        MimeMessage found = null;
        for (MimeMessage m : mails()) {
            if (m.getSubject().startsWith(prefix)) {
                assertThat(found).as("only one e-mail starting with " + prefix).isNull();
                found = m;
            }
        }
        assertThat(found).as("an e-mail starting with " + prefix).isNotNull();
        return found;
    }

    static String recipient(MimeMessage m) throws Exception {
        return m.getRecipients(Message.RecipientType.TO)[0].toString();
    }

    static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
