package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.PostgresTestDatabaseCustomizerFactory;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * One accession from the start form to "Ansluten" with the real engine, database and SMTP: on H2 in the
 * normal test run, on a throwaway PostgreSQL database in the Maven execution "postgres-integration"
 * (and always on PostgreSQL in {@link AccessionLifecycleOnPostgresTest}). Jobs are run explicitly.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessionLifecycleIntegrationTest extends OwnMailServerTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    /** The database this run is meant to use: PostgreSQL when the profile or the suite switch says so. */
    protected String expectedDatabase() {
        return PostgresTestDatabaseCustomizerFactory.suiteOnPostgres() ? "PostgreSQL" : "H2";
    }

    @Test
    void shouldTakeOneAccessionFromSubmissionToRegisteredWithThreeEmails() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
        int n = 4711;
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(n);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        driver.completeTask(pid, Elements.REVIEW, TestAccessions.approval());
        driver.completeTask(pid, Elements.REGISTER, TestAccessions.registration());
        driver.runJob(pid, Elements.SEND_CONFIRMATION);

        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(pid)
                        .singleResult()
                        .getEndActivityId())
                .isEqualTo(Elements.REGISTERED);
        String caseNumber = history.createHistoricProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult()
                .getBusinessKey();
        assertThat(caseNumber).matches("JVG-\\d{4}-\\d{4}");

        Map<String, Object> row = jdbc.queryForMap(
                "select a.status, a.registration_reference, a.registered_at, a.closed_at,"
                        + " a.contact_email, a.process_instance_id, o.organisation_number, o.joined_at from accession a"
                        + " join organisation o on o.id = a.organisation_id where a.case_number = ?",
                caseNumber);
        assertThat(row.get("status")).isEqualTo("REGISTERED");
        assertThat(row.get("registration_reference")).isEqualTo("801-9838-2024");
        assertThat(row.get("registered_at")).isNotNull();
        assertThat(row.get("closed_at")).isNotNull();
        assertThat(row.get("joined_at")).isNotNull();
        assertThat(row.get("contact_email")).isEqualTo(TestAccessions.contactEmail(n));
        assertThat(row.get("process_instance_id")).isEqualTo(pid);
        assertThat(row.get("organisation_number")).isEqualTo(TestAccessions.organisationNumber(n));

        assertThat(jdbc.queryForList(
                        "select s.status from accession_status_change s join accession a on a.id = s.accession_id"
                                + " where a.case_number = ? order by s.changed_at, s.id",
                        String.class,
                        caseNumber))
                .containsExactly("SUBMITTED", "APPROVED", "REGISTERED");
        assertThat(jdbc.queryForList(
                        "select notification_type || ':' || status || ':' || attempts from notification"
                                + " where case_number = ? order by id",
                        String.class,
                        caseNumber))
                .containsExactly("RECEIPT:SENT:1", "CASEWORKER_NOTICE:SENT:1", "CONFIRMATION:SENT:1");

        MimeMessage[] received = mail().getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(TestMails::recipient).toList())
                .containsExactlyInAnyOrder(
                        TestAccessions.contactEmail(n),
                        "handlaggare.jamstalldhet@lansstyrelsen.example",
                        TestAccessions.contactEmail(n));
        assertThat(Arrays.stream(received).map(TestMails::subject).toList())
                .containsExactlyInAnyOrder(
                        "Vi har tagit emot er anslutning till Jämställt Västra Götaland 2024–2027 (" + caseNumber + ")",
                        "Ny anslutning att granska: " + TestAccessions.organisationName(n) + " (" + caseNumber + ")",
                        "Välkommen! " + TestAccessions.organisationName(n)
                                + " är ansluten till Jämställt Västra Götaland 2024–2027 (" + caseNumber + ")");
    }

    /** Small helpers for received mail. */
    static final class TestMails {
        static String subject(MimeMessage m) {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        static String recipient(MimeMessage m) {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
