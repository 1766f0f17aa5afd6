package se.lansstyrelsen.jvg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.EngineRestClient;
import se.lansstyrelsen.jvg.support.GreenMailServer;
import se.lansstyrelsen.jvg.support.PublicClient;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * The SMTP server (GreenMail, a real server on a free port) is stopped while 100 organisations submit and
 * again while caseworkers review and register their cases: every submission still gets 201, every e-mail job
 * fails through its retries into an incident, nothing reaches anyone. When the server is back, each incident
 * is retried through the API Cockpit uses ({@code PUT /engine-rest/job/{id}/retries} as the administrator)
 * and every e-mail is delivered exactly once: per case one receipt and one confirmation to the contact person
 * and one notice to the caseworkers' mailbox. Jobs are run explicitly (three attempts each, the retry
 * cycle's length), so the test is bounded by its own steps, not by timers. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.admin-user.password=" + MailOutageIntegrationTest.PASSWORD,
            "camunda.bpm.generate-unique-process-engine-name=false",
            "accession.public-form.rate-limit-requests=100000",
            "accession.mail-retry-cycle=R3/PT1S"
        })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailOutageIntegrationTest {

    static final String PASSWORD = "Mo5!trXe-22k";
    private static final int CASES = 100;
    private static final String KIM = "kimutskick";
    private static final int FIRST = 91_000;

    /** One port for the whole test: the server stops and starts again where the application sends. */
    private static final int SMTP_PORT = GreenMailServer.freePort();

    private static GreenMail smtp = GreenMailServer.start(SMTP_PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry, () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessionSettings settings;

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void shouldKeepTakingCasesWhileTheMailServerIsDownAndDeliverEveryEmailOnceAfterTheIncidentsAreRetried()
            throws Exception {
        TestUsers.ensure(identity, KIM, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        EngineRestClient cockpit = new EngineRestClient(port, PASSWORD);
        long started = System.nanoTime();

        // 1. The mail server goes down; 100 organisations submit (8 at a time).
        smtp.stop();
        List<String> caseNumbers = submitAll();
        assertThat(caseNumbers).hasSize(CASES).doesNotHaveDuplicates();
        int receiptIncidents = runJobsUntilIncidents();
        assertThat(receiptIncidents).as("one incident per receipt job").isEqualTo(CASES);
        assertThat(incidentsAt(Elements.SEND_RECEIPT)).isEqualTo(CASES);

        // 2. The server is back; the administrator retries each incident as Cockpit does.
        smtp = GreenMailServer.start(SMTP_PORT);
        assertThat(retryIncidents(cockpit)).isEqualTo(CASES);
        assertThat(runJobsUntilIncidents()).isZero();

        // 3. Down again while caseworkers approve and register every case.
        List<MimeMessage> received = new ArrayList<>(List.of(smtp.getReceivedMessages()));
        smtp.stop();
        for (String caseNumber : caseNumbers) {
            tasks.complete(task(caseNumber, Elements.REVIEW), TestAccessions.approval());
            tasks.complete(task(caseNumber, Elements.REGISTER), TestAccessions.registration());
        }
        assertThat(runJobsUntilIncidents()).isEqualTo(CASES);
        assertThat(incidentsAt(Elements.SEND_CONFIRMATION)).isEqualTo(CASES);
        assertThat(jdbc.queryForObject("select count(*) from accession where status = 'REGISTERED'", Long.class))
                .isEqualTo(CASES);
        smtp = GreenMailServer.start(SMTP_PORT);
        assertThat(retryIncidents(cockpit)).isEqualTo(CASES);
        assertThat(runJobsUntilIncidents()).isZero();

        // Every e-mail exactly once: receipt and confirmation to each contact, one notice per case to the mailbox.
        received.addAll(List.of(smtp.getReceivedMessages()));
        Map<String, Integer> perSubjectKind = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            String contact = TestAccessions.contactEmail(FIRST + i);
            String caseNumber = caseNumbers.get(i);
            List<String> toContact = new ArrayList<>();
            int toMailbox = 0;
            for (MimeMessage m : received) {
                if (!m.getSubject().contains(caseNumber)) {
                    continue;
                }
                String to = m.getAllRecipients()[0].toString();
                if (to.equals(contact)) {
                    toContact.add(m.getSubject());
                } else if (to.equals(settings.getCaseworkerMailbox())) {
                    toMailbox++;
                }
            }
            assertThat(toContact).as(caseNumber).hasSize(2);
            assertThat(toContact).as(caseNumber).anyMatch(s -> s.startsWith("Vi har tagit emot"));
            assertThat(toMailbox).as(caseNumber + " notice").isEqualTo(1);
            perSubjectKind.merge("contact", toContact.size(), Integer::sum);
            perSubjectKind.merge("mailbox", toMailbox, Integer::sum);
        }
        assertThat(received).hasSize(3 * CASES);
        assertThat(jdbc.queryForObject("select count(*) from notification where status <> 'SENT'", Long.class))
                .isZero();
        assertThat(runtime.createIncidentQuery().count()).isZero();
        System.out.printf(
                "Mail outage: %d cases, 2 outages, %d incidents retried, %d e-mails expected, %d delivered"
                        + " (%s), %.1f s%n",
                CASES, 2 * CASES, 3 * CASES, received.size(), perSubjectKind, (System.nanoTime() - started) / 1e9);
    }

    private List<String> submitAll() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                int n = FIRST + i;
                answers.add(pool.submit(() -> new PublicClient("http://localhost:" + port)
                        .postJson("/api/accessions", TestAccessions.publicForm(n))));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(300, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                numbers.add(PublicClient.json(r).get("caseNumber").toString());
            }
            return numbers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs every job with retries left until none is left (while the SMTP server refuses the connection, a failure
     * counts the retries down); the open incidents.
     */
    private int runJobsUntilIncidents() {
        new AccessionDriver(engine).runJobsUntilRetriesSpent();
        assertThat(management.createJobQuery().messages().withRetriesLeft().count())
                .as("jobs still to run")
                .isZero();
        return (int) runtime.createIncidentQuery()
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .count();
    }

    private long incidentsAt(String activityId) {
        return runtime.createIncidentQuery().activityId(activityId).count();
    }

    /** "Retry" on each incident in Cockpit: PUT /job/{id}/retries {"retries": 1} as the administrator. */
    private int retryIncidents(EngineRestClient cockpit) throws Exception {
        int retried = 0;
        for (Incident incident : runtime.createIncidentQuery()
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .list()) {
            HttpResponse<String> r =
                    cockpit.put("admin", "/job/" + incident.getConfiguration() + "/retries", "{\"retries\": 1}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
            retried++;
        }
        return retried;
    }

    private String task(String caseNumber, String key) {
        return new AccessionDriver(engine).taskId(caseNumber, key);
    }
}
