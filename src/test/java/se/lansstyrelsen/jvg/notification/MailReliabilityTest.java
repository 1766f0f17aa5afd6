package se.lansstyrelsen.jvg.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.GreenMailServer;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;

/** E-mail that cannot be sent: retries, an incident for Cockpit, and never a second copy. */
class MailReliabilityTest extends IntegrationTestBase {

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    AccessionNotifier notifier;

    private int realPort;

    @AfterEach
    void restoreSmtp() {
        if (realPort != 0) {
            mailSender.setPort(realPort);
        }
    }

    @Test
    void shouldRetryAFailedReceiptThenRaiseAnIncidentAndSendExactlyOnceAfterTheRetryInCockpit() throws Exception {
        actAs("handlaggare1", AccessionProcess.CASEWORKER_GROUP);
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(
                validStartForm("Tjörns kommun", se.lansstyrelsen.jvg.support.TestAccessions.organisationNumber(4_711)));
        engine.getIdentityService().clearAuthentication();
        String caseNumber = driver.caseNumber(pid);
        realPort = mailSender.getPort();
        mailSender.setPort(GreenMailServer.freePort()); // nothing listens there

        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = receiptJob(pid);
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                    .hasMessageContaining("could not be sent");
        }

        Job failed = receiptJob(pid);
        assertThat(failed.getRetries()).isZero();
        Incident incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(pid)
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(AccessionProcess.Elements.SEND_RECEIPT);
        assertThat(notifications.findByCaseNumberOrderByIdAsc(caseNumber))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getStatus()).isEqualTo(Notification.Status.FAILED);
                    assertThat(n.getAttempts()).isEqualTo(3);
                });
        assertThat(mails()).isEmpty();

        mailSender.setPort(realPort);
        engine.getManagementService().setJobRetries(failed.getId(), 1);
        engine.getManagementService().executeJob(failed.getId());

        assertThat(mails()).hasSize(2);
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
        assertThat(notifications.findByCaseNumberOrderByIdAsc(caseNumber))
                .extracting(Notification::getStatus)
                .containsExactly(Notification.Status.SENT, Notification.Status.SENT);

        Long accessionId = (Long) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pid)
                .variableName("accessionId")
                .singleResult()
                .getValue();
        notifier.sendReceiptAndNotice(accessionId);
        assertThat(mails())
                .as("a retried job must not send the same e-mails again")
                .hasSize(2);
    }

    private Job receiptJob(String pid) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pid)
                .activityId(AccessionProcess.Elements.SEND_RECEIPT)
                .singleResult();
    }
}
