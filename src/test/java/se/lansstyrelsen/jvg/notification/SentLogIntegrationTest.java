package se.lansstyrelsen.jvg.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.RefusingSmtpServer;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The sent-log's claim (issue 7): concurrent executions send an e-mail once, a row left in SENDING is
 * never re-sent automatically but becomes an incident, and stored error texts name no address.
 */
class SentLogIntegrationTest extends IntegrationTestBase {

    private static final int EXECUTIONS = 8;

    @Autowired
    AccessionNotifier notifier;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    AccessionSettings settings;

    private int realPort;

    @AfterEach
    void restoreSmtp() {
        if (realPort != 0) {
            mailSender.setPort(realPort);
        }
    }

    @Test
    void shouldSendEachEmailExactlyOnceWhenSeveralExecutionsClaimANewOneAtTheSameTime() throws Exception {
        int n = 51_001;
        String pid = new AccessionDriver(engine).submit(n);

        List<String> outcomes = sendConcurrently(accessionId(pid));

        assertExactlyOneReceiptAndOneNotice(pid, n, outcomes);
    }

    @Test
    void shouldSendEachEmailExactlyOnceWhenSeveralExecutionsRetryAFailedOneAtTheSameTime() throws Exception {
        int n = 51_002;
        String pid = new AccessionDriver(engine).submit(n);
        String caseNumber = caseNumber(pid);
        insertRow(caseNumber + ":RECEIPT", caseNumber, "RECEIPT", "FAILED");
        insertRow(caseNumber + ":CASEWORKER_NOTICE", caseNumber, "CASEWORKER_NOTICE", "FAILED");

        List<String> outcomes = sendConcurrently(accessionId(pid));

        assertExactlyOneReceiptAndOneNotice(pid, n, outcomes);
        assertThat(notifications.findByCaseNumberOrderByIdAsc(caseNumber))
                .extracting(Notification::getAttempts)
                .containsExactly(2, 2);
    }

    @Test
    void shouldNotResendAnEmailLeftInSendingButFailTheJobIntoAnIncidentForAPersonToCheck() {
        String pid = new AccessionDriver(engine).submit(51_003);
        String caseNumber = caseNumber(pid);
        insertRow(caseNumber + ":RECEIPT", caseNumber, "RECEIPT", "SENDING");

        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = receiptJob(pid);
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining(caseNumber + ":RECEIPT står som SENDING")
                    .hasMessageContaining("Kontrollera e-postserverns logg");
        }

        assertThat(mails()).isEmpty();
        assertThat(receiptJob(pid).getRetries()).isZero();
        Incident incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(pid)
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo(Elements.SEND_RECEIPT);
        assertThat(incident.getIncidentMessage()).contains("står som SENDING");

        // The operator checked the mail server's log: it never went out. Mark the row FAILED and retry.
        jdbc.update(
                "update notification set status = 'FAILED' where dedup_key = ? and status = 'SENDING'",
                caseNumber + ":RECEIPT");
        engine.getManagementService().setJobRetries(receiptJob(pid).getId(), 1);
        engine.getManagementService().executeJob(receiptJob(pid).getId());

        assertThat(mails()).hasSize(2);
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
    }

    @Test
    void shouldKeepTheRecipientsAddressOutOfTheSentLogAndTheJobsErrorWhenTheServerRefusesIt() throws Exception {
        int n = 51_004;
        String pid = new AccessionDriver(engine).submit(n);
        String address = TestAccessions.contactEmail(n);
        realPort = mailSender.getPort();
        try (RefusingSmtpServer rejecting = new RefusingSmtpServer()) {
            mailSender.setPort(rejecting.port());
            Job job = receiptJob(pid);

            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("could not be sent")
                    .hasMessageContaining("Recipient address rejected")
                    .hasMessageContaining(MailErrors.MASK)
                    .satisfies(e ->
                            assertThat(e.getMessage()).doesNotContain(address).doesNotContain("@kommun.example"));
        }

        Notification receipt =
                notifications.findByCaseNumberOrderByIdAsc(caseNumber(pid)).get(0);
        assertThat(receipt.getStatus()).isEqualTo(Notification.Status.FAILED);
        assertThat(receipt.getLastError())
                .contains("Recipient address rejected")
                .contains(MailErrors.MASK)
                .doesNotContain("@");
        Job failed = receiptJob(pid);
        assertThat(failed.getExceptionMessage()).contains(MailErrors.MASK).doesNotContain("@kommun.example");
        assertThat(engine.getManagementService().getJobExceptionStacktrace(failed.getId()))
                .contains("Recipient address rejected")
                .doesNotContain(address)
                .doesNotContain("@kommun.example");
    }

    @Test
    void shouldMaskEveryAddressInAnErrorText() {
        assertThat(
                        MailErrors.withoutAddresses(
                                "550 5.1.1 <anna.andersson@kommun.example>: Recipient address rejected; also x_y+z@sub.domain.se, ok"))
                .isEqualTo("550 5.1.1 <" + MailErrors.MASK + ">: Recipient address rejected; also " + MailErrors.MASK
                        + ", ok");
        assertThat(MailErrors.withoutAddresses("Connection refused")).isEqualTo("Connection refused");
    }

    /** Runs the case's receipt and notice from several threads released together. */
    private List<String> sendConcurrently(Long accessionId) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(EXECUTIONS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < EXECUTIONS; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        notifier.sendReceiptAndNotice(accessionId);
                        return "done";
                    } catch (NotificationLedger.NotificationInDoubtException inDoubt) {
                        return "in doubt";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private void assertExactlyOneReceiptAndOneNotice(String pid, int n, List<String> outcomes) throws Exception {
        // An execution that finds the e-mail being sent by another fails (its job would retry); none sends twice.
        assertThat(outcomes).contains("done").allMatch(o -> o.equals("done") || o.equals("in doubt"));
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : mails()) {
            Arrays.stream(m.getRecipients(RecipientType.TO)).forEach(a -> recipients.add(a.toString()));
        }
        assertThat(recipients)
                .containsExactlyInAnyOrder(TestAccessions.contactEmail(n), settings.getCaseworkerMailbox());
        assertThat(notifications.findByCaseNumberOrderByIdAsc(caseNumber(pid)))
                .extracting(Notification::getStatus)
                .containsExactly(Notification.Status.SENT, Notification.Status.SENT);
    }

    private void insertRow(String dedupKey, String caseNumber, String type, String status) {
        jdbc.update(
                "insert into notification (dedup_key, case_number, notification_type, recipient, status, attempts, "
                        + "created_at) values (?, ?, ?, ?, ?, 1, ?)",
                dedupKey,
                caseNumber,
                type,
                "[adress]",
                status,
                OffsetDateTime.now());
    }

    private Long accessionId(String pid) {
        return (Long) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pid)
                .variableName("accessionId")
                .singleResult()
                .getValue();
    }

    private String caseNumber(String pid) {
        return new AccessionDriver(engine).caseNumber(pid);
    }

    private Job receiptJob(String pid) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pid)
                .activityId(Elements.SEND_RECEIPT)
                .singleResult();
    }
}
