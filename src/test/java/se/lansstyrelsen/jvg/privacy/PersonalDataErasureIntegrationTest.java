package se.lansstyrelsen.jvg.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.privacy.PersonalDataErasure.Result;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.process.ProcessPersonalData;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.RefusingSmtpServer;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * Personal data of contact persons: erased on request while the register entry stays, and removed with a
 * finished case's history once the retention period (here 1 day) has passed.
 */
@SpringBootTest(
        properties = {
            "accession.retention.history-time-to-live-days=1",
            "accession.retention.closed-case-contact-days=30"
        })
@ActiveProfiles("test")
class PersonalDataErasureIntegrationTest extends OwnMailServerTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    PersonalDataErasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContactDataRetention retention;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    AccessionService accessions;

    @Autowired
    AccessionProcessGateway gateway;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldEraseTheContactPersonOfARegisteredCaseButKeepTheRegisterEntry() {
        int n = 501;
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.driveToRegistered(n);
        String caseNumber = driver.caseNumber(pid);
        String email = TestAccessions.contactEmail(n);
        assertThat(contactValuesInHistory(pid, email))
                .as("history holds the contact before erasure")
                .isPositive();
        assertThat(history.createHistoricDetailQuery()
                        .processInstanceId(pid)
                        .formFields()
                        .list())
                .as("Camunda records submitted form fields")
                .isNotEmpty();

        assertThat(erasure.eraseContactPerson(caseNumber, "admin")).isEqualTo(Result.ERASED);

        Map<String, Object> row = jdbc.queryForMap(
                "select a.contact_name, a.contact_title, a.contact_email, a.contact_phone,"
                        + " a.contact_erased_at, a.status, a.registration_reference, o.name, o.joined_at from accession a"
                        + " join organisation o on o.id = a.organisation_id where a.case_number = ?",
                caseNumber);
        assertThat(row.get("contact_name")).isNull();
        assertThat(row.get("contact_title")).isNull();
        assertThat(row.get("contact_email")).isNull();
        assertThat(row.get("contact_phone")).isNull();
        assertThat(row.get("contact_erased_at")).isNotNull();
        assertThat(row.get("status")).isEqualTo("REGISTERED");
        assertThat(row.get("registration_reference")).isEqualTo("801-9838-2024");
        assertThat(row.get("name")).isEqualTo(TestAccessions.organisationName(n));
        assertThat(row.get("joined_at")).isNotNull();
        assertThat(jdbc.queryForList(
                        "select s.actor || ':' || s.note from accession_status_change s join accession a"
                                + " on a.id = s.accession_id where a.case_number = ? order by s.id",
                        String.class,
                        caseNumber))
                .last()
                .isEqualTo("admin:Kontaktpersonens personuppgifter raderade på begäran");

        assertThat(jdbc.queryForList(
                        "select recipient from notification where case_number = ?", String.class, caseNumber))
                .hasSize(3)
                .doesNotContain(email)
                .contains(PersonalDataErasure.ERASED);
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(pid)
                        .variableNameIn(ProcessPersonalData.CONTACT_VARIABLES.toArray(String[]::new))
                        .count())
                .isZero();
        assertThat(contactValuesInHistory(pid, email)).isZero();
        assertThat(contactValuesInHistory(pid, "Kim Kontakt " + n)).isZero();
        assertOrganisationNameKept(pid, n);
    }

    @Test
    void shouldEraseEveryAddressTheCaseEverHadWithErrorTextsAndFollowUpNotesFromOurTablesAndTheEngines()
            throws Exception {
        int n = 506;
        String first = TestAccessions.contactEmail(n);
        String second = "kim.ny.0506@kommun.example";
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(n);
        String caseNumber = driver.caseNumber(pid);

        // The receipt to the first address fails once (the SMTP server names the address in its refusal), then goes
        // out.
        // (The sent-log masks the address in every error text it writes; erasure must not depend on that.)
        refusingRecipients(() -> assertThatThrownBy(() -> driver.runJob(pid, Elements.SEND_RECEIPT))
                .hasMessageContaining("[adress borttagen]")
                .hasMessageNotContaining(first));
        driver.runJob(pid, Elements.SEND_RECEIPT);

        // The caseworker follows up and notes both addresses; the organisation completes with the second one.
        driver.completeTask(pid, Elements.REVIEW, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        driver.completeTask(
                pid,
                Elements.CONTACT_CONTACT_PERSON,
                Map.of(
                        Variables.MISSING_INFORMATION, "Beslutsdatum saknas. Skriv inte längre till " + first + ".",
                        Variables.CONTACT_METHOD, "PHONE",
                        Variables.FOLLOW_UP_NOTE, "Ringde Kim: " + first + " slutar gälla, ny adress " + second + "."));
        driver.runJob(pid, Elements.SEND_COMPLETION_REQUEST);
        Map<String, Object> completion = TestAccessions.publicForm(n);
        completion.put("contactEmail", second);
        accessions.applyCompletion(
                accessions.byCaseNumber(caseNumber).orElseThrow().getId(), completion);
        gateway.completionReceived(caseNumber, completion);

        // A second request for completion cannot be sent to the second address: an incident, a FAILED sent-log row.
        driver.completeTask(pid, Elements.REVIEW, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        driver.completeTask(
                pid,
                Elements.CONTACT_CONTACT_PERSON,
                Map.of(Variables.MISSING_INFORMATION, "Diarienummer saknas.", Variables.CONTACT_METHOD, "EMAIL"));
        refusingRecipients(() -> {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(() -> driver.runJob(pid, Elements.SEND_COMPLETION_REQUEST))
                        .hasMessageContaining("[adress borttagen]")
                        .hasMessageNotContaining(second);
            }
        });
        assertThat(columnsContaining(second))
                .as("the open incident's texts are masked")
                .doesNotContain(
                        "ACT_RU_JOB.EXCEPTION_MSG_", "ACT_RU_INCIDENT.INCIDENT_MSG_", "NOTIFICATION.LAST_ERROR");

        // The organisation withdraws (naming the address in its reason); the case closes.
        assertThat(gateway.withdraw(caseNumber, "Vi återkommer senare. Frågor till " + second + "."))
                .isEqualTo(se.lansstyrelsen.jvg.process.AccessionProcessGateway.Withdrawal.WITHDRAWN);
        driver.runJob(pid, Elements.SEND_WITHDRAWAL);
        driver.runJob(pid, Elements.SEND_WITHDRAWAL_NOTICE);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();

        assertThat(columnsContaining(first))
                .as("where the first address was before erasure")
                .contains(
                        "NOTIFICATION.RECIPIENT",
                        "FOLLOW_UP_NOTE.NOTE",
                        "FOLLOW_UP_NOTE.MISSING_INFORMATION",
                        "ACT_HI_DETAIL.TEXT_")
                .doesNotContain("ACT_HI_JOB_LOG.JOB_EXCEPTION_MSG_");
        assertThat(columnsContaining(second))
                .as("where the second address was before erasure")
                .contains(
                        "ACCESSION.CONTACT_EMAIL",
                        "ACCESSION_STATUS_CHANGE.NOTE",
                        "NOTIFICATION.RECIPIENT",
                        "ACT_HI_VARINST.TEXT_")
                .doesNotContain(
                        "NOTIFICATION.LAST_ERROR",
                        "ACT_HI_INCIDENT.INCIDENT_MSG_",
                        "ACT_HI_JOB_LOG.JOB_EXCEPTION_MSG_");

        assertThat(erasure.eraseContactPerson(caseNumber, "admin")).isEqualTo(Result.ERASED);

        assertThat(columnsContaining(first))
                .as("columns of any table still holding the first address")
                .isEmpty();
        assertThat(columnsContaining(second))
                .as("columns of any table still holding the second address")
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "select recipient from notification where case_number = ?", String.class, caseNumber))
                .as("the sent-log keeps its rows, and the caseworkers' mailbox")
                .hasSize(6)
                .contains(PersonalDataErasure.ERASED, "handlaggare.jamstalldhet@lansstyrelsen.example");
        assertThat(jdbc.queryForList(
                        "select note from follow_up_note f join accession a on a.id = f.accession_id"
                                + " where a.case_number = ?",
                        String.class,
                        caseNumber))
                .hasSize(2)
                .containsOnlyNulls();
        assertOrganisationNameKept(pid, n);
    }

    @Test
    void shouldRefuseToEraseWhileTheCaseIsStillHandled() {
        int n = 502;
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(n);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        String caseNumber = driver.caseNumber(pid);

        assertThat(erasure.eraseContactPerson(caseNumber, "admin")).isEqualTo(Result.CASE_OPEN);
        assertThat(jdbc.queryForObject(
                        "select contact_email from accession where case_number = ?", String.class, caseNumber))
                .isEqualTo(TestAccessions.contactEmail(n));
        assertThat(engine.getRuntimeService().getVariable(pid, "contactEmail"))
                .isEqualTo(TestAccessions.contactEmail(n));
    }

    @Test
    void shouldAnswerThatAnUnknownCaseDoesNotExist() {
        assertThat(erasure.eraseContactPerson("JVG-1999-9999", "admin")).isEqualTo(Result.NO_SUCH_CASE);
    }

    @Test
    void shouldRemoveAFinishedCasesHistoryWithTheContactPersonAfterTheRetentionPeriod() {
        int n = 503;
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.driveToRegistered(n);
        String caseNumber = driver.caseNumber(pid);
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult();
        assertThat(finished.getRemovalTime())
                .as("removal time = end + retention (1 day)")
                .isCloseTo(Date.from(finished.getEndTime().toInstant().plus(Duration.ofDays(1))), 2000);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(20))));
        runHistoryCleanup();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .as("not yet due")
                .isOne();

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
        runHistoryCleanup();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(pid)
                        .count())
                .isZero();
        assertThat(contactValuesInHistory(pid, TestAccessions.contactEmail(n))).isZero();
        assertThat(jdbc.queryForObject("select status from accession where case_number = ?", String.class, caseNumber))
                .as("the register entry is ours, not history")
                .isEqualTo("REGISTERED");
    }

    @Test
    void shouldEraseTheContactOfACaseEndedWithoutJoiningOnceTheRetentionPeriodHasPassed() {
        AccessionDriver driver = new AccessionDriver(engine);
        String rejected = driver.submit(504);
        driver.runJob(rejected, Elements.SEND_RECEIPT);
        driver.completeTask(
                rejected,
                Elements.REVIEW,
                Map.of("reviewOutcome", "REJECT", "rejectionReason", "Organisationen finns inte i Västra Götaland."));
        driver.runJob(rejected, Elements.SEND_REJECTION);
        String registered = driver.driveToRegistered(505);
        String rejectedCase = driver.caseNumber(rejected);
        String registeredCase = driver.caseNumber(registered);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(29))));
        retention.eraseExpiredContacts();
        assertThat(contactEmailOf(rejectedCase))
                .as("retention (30 days) not yet over")
                .isEqualTo(TestAccessions.contactEmail(504));

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(31))));
        retention.eraseExpiredContacts();
        assertThat(contactEmailOf(rejectedCase)).isNull();
        assertThat(jdbc.queryForObject(
                        "select status from accession where case_number = ?", String.class, rejectedCase))
                .isEqualTo("REJECTED");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(rejected)
                        .variableName("contactEmail")
                        .count())
                .isZero();
        assertThat(contactEmailOf(registeredCase))
                .as("joined organisations keep their contact person")
                .isEqualTo(TestAccessions.contactEmail(505));
    }

    /** Runs the action while the application's SMTP server refuses every recipient, naming the address. */
    private void refusingRecipients(Runnable action) throws Exception {
        String host = mailSender.getHost();
        int port = mailSender.getPort();
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            mailSender.setHost("127.0.0.1");
            mailSender.setPort(refusing.port());
            action.run();
        } finally {
            mailSender.setHost(host);
            mailSender.setPort(port);
        }
    }

    /**
     * "TABLE.COLUMN" of every text or binary column, in every table of the schema (ours and Camunda's), that
     * holds the value somewhere.
     */
    private List<String> columnsContaining(String value) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList(
                "select c.table_name, c.column_name, c.data_type"
                        + " from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema"
                        + " and t.table_name = c.table_name where c.table_schema = current_schema and t.table_type = 'BASE TABLE'")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String type = ((String) column.get("data_type")).toLowerCase(Locale.ROOT);
            String from = " from \"" + table + "\" where \"" + name + "\" is not null";
            if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                if (jdbc.queryForList("select \"" + name + "\"" + from, String.class).stream()
                        .anyMatch(v -> v.contains(value))) {
                    found.add((table + "." + name).toUpperCase(Locale.ROOT));
                }
            } else if (type.contains("binary") || type.contains("bytea") || type.contains("blob")) {
                if (jdbc.queryForList("select \"" + name + "\"" + from, byte[].class).stream()
                        .anyMatch(v -> new String(v, StandardCharsets.UTF_8).contains(value))) {
                    found.add((table + "." + name).toUpperCase(Locale.ROOT));
                }
            }
        }
        return found;
    }

    private String contactEmailOf(String caseNumber) {
        return jdbc.queryForObject(
                "select contact_email from accession where case_number = ?", String.class, caseNumber);
    }

    private void runHistoryCleanup() {
        history.cleanUpHistoryAsync(true);
        for (Job job : management.createJobQuery().list()) {
            if (job.getProcessInstanceId() == null && job.getProcessDefinitionKey() == null) { // not a timer start
                management.executeJob(job.getId());
            }
        }
    }

    /** Historic variable updates, historic form fields and variable rows of the instance holding the value. */
    /** The organisation is no personal data: its name stays in the case's history. */
    private void assertOrganisationNameKept(String pid, int n) {
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(pid)
                        .variableName("organisationName")
                        .singleResult()
                        .getValue())
                .isEqualTo(TestAccessions.organisationName(n));
    }

    private long contactValuesInHistory(String pid, String value) {
        List<HistoricDetail> details =
                history.createHistoricDetailQuery().processInstanceId(pid).list();
        long inDetails = details.stream()
                .filter(d -> d instanceof HistoricVariableUpdate u
                        ? value.equals(u.getValue())
                        : d instanceof HistoricFormField f && value.equals(f.getFieldValue()))
                .count();
        long inVariables = history.createHistoricVariableInstanceQuery().processInstanceId(pid).list().stream()
                .filter(v -> value.equals(v.getValue()))
                .count();
        return inDetails + inVariables;
    }
}
