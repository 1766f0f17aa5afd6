package se.lansstyrelsen.jvg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * The caseworker is told by e-mail (real SMTP) when the organisation's completion arrives or it withdraws:
 * after the case's state is committed, in its own job, once even when the job runs again.
 */
class CaseworkerNoticeIntegrationTest extends IntegrationTestBase {

    private static final String CASEWORKER = "noticekim";
    private static final String CASEWORKER_EMAIL = CASEWORKER + "@lansstyrelsen.example";

    @Autowired
    AccessionService accessions;

    @Autowired
    AccessionProcessGateway gateway;

    @Autowired
    AccessionSettings settings;

    @Autowired
    AccessionNotifier notifier;

    @BeforeEach
    void caseworker() {
        TestUsers.ensure(
                engine.getIdentityService(), CASEWORKER, AccessionProcess.CASEWORKER_GROUP, "test-Kim-Passw0rd!");
    }

    @Test
    void shouldTellTheCaseworkerWhoAskedOnceWhenTheCompletionArrives() throws Exception {
        int n = 93_001;
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = awaitCompletion(driver, n, "Protokollsutdraget saknas");
        String caseNumber = driver.caseNumber(pid);
        MAIL.purgeEmailFromAllMailboxes();

        complete(caseNumber, n);
        assertThat(mails())
                .as("nothing is sent inside the correlating transaction")
                .isEmpty();
        BpmnAwareTests.assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .singleResult())
                .isWaitingAt(Elements.REVIEW, Elements.SEND_COMPLETION_ARRIVED);
        driver.runJob(pid, Elements.SEND_COMPLETION_ARRIVED);

        assertThat(mails()).hasSize(1);
        MimeMessage mail = mails()[0];
        assertThat(Arrays.stream(mail.getRecipients(RecipientType.TO)).map(Object::toString))
                .containsExactly(CASEWORKER_EMAIL);
        assertThat(mail.getSubject())
                .isEqualTo("Komplettering inkommen: " + TestAccessions.organisationName(n) + " (" + caseNumber + ")");
        assertThat(body(mail))
                .contains("Hej Test " + CASEWORKER)
                .contains("Protokollsutdraget saknas")
                .contains("Granska anslutning");

        // A retry of the same job (or a second execution) finds the sent-log row and sends nothing.
        Long id = accessions.idOfCase(caseNumber);
        List<CaseworkerRecipient> again = List.of(new CaseworkerRecipient(CASEWORKER, "Kim", CASEWORKER_EMAIL));
        notifier.sendCompletionArrived(id, again);
        assertThat(mails()).hasSize(1);
    }

    @Test
    void shouldTellTheCaseworkerWhenTheOrganisationWithdrawsWhileTheCaseWaits() throws Exception {
        int n = 93_002;
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = awaitCompletion(driver, n, "Beslutsdatum saknas");
        String caseNumber = driver.caseNumber(pid);
        MAIL.purgeEmailFromAllMailboxes();

        assertThat(gateway.withdraw(caseNumber, "Vi väntar till nästa period"))
                .isEqualTo(AccessionProcessGateway.Withdrawal.WITHDRAWN);
        driver.runJob(pid, Elements.SEND_WITHDRAWAL_NOTICE);
        driver.runJob(pid, Elements.SEND_WITHDRAWAL);

        assertThat(mails()).hasSize(2);
        MimeMessage notice = Arrays.stream(mails())
                .filter(m -> subject(m).startsWith("Anslutningen återkallad"))
                .findFirst()
                .orElseThrow();
        assertThat(Arrays.stream(notice.getRecipients(RecipientType.TO)).map(Object::toString))
                .containsExactly(CASEWORKER_EMAIL);
        assertThat(body(notice)).contains("Vi väntar till nästa period").contains(caseNumber);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
    }

    @Test
    void shouldTellTheMailboxWhenNoOneHeldTheWithdrawnCase() throws Exception {
        int n = 93_003;
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(n);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        MAIL.purgeEmailFromAllMailboxes();

        gateway.withdraw(driver.caseNumber(pid), null);
        driver.runJob(pid, Elements.SEND_WITHDRAWAL_NOTICE);

        assertThat(mails()).hasSize(1);
        assertThat(mails()[0].getRecipients(RecipientType.TO)[0].toString()).isEqualTo(settings.getCaseworkerMailbox());
        assertThat(body(mails()[0]))
                .doesNotContain("Hej")
                .doesNotContain("motivering")
                .contains("återkallat");
    }

    /** Submission, receipt, the caseworker asks for completion; the request goes out; the case waits. */
    private String awaitCompletion(AccessionDriver driver, int n, String missing) {
        String pid = driver.submit(n);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        actAs(CASEWORKER, AccessionProcess.CASEWORKER_GROUP);
        engine.getTaskService().claim(task(pid), CASEWORKER);
        driver.completeTask(pid, Elements.REVIEW, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        driver.completeTask(
                pid,
                Elements.CONTACT_CONTACT_PERSON,
                Map.of(Variables.MISSING_INFORMATION, missing, Variables.CONTACT_METHOD, "EMAIL"));
        engine.getIdentityService().clearAuthentication();
        driver.runJob(pid, Elements.SEND_COMPLETION_REQUEST);
        return pid;
    }

    private void complete(String caseNumber, int n) {
        Map<String, Object> completion = TestAccessions.publicForm(n);
        completion.put("decisionBody", "Kommunfullmäktige");
        accessions.applyCompletion(accessions.idOfCase(caseNumber), completion);
        gateway.completionReceived(caseNumber, completion);
    }

    private String task(String pid) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pid)
                .singleResult()
                .getId();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
