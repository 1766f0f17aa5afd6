package se.lansstyrelsen.jvg.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.abbreviate;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.corpus;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.encode;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.list;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.problemText;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.resource;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.typedVariables;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.value;
import static se.lansstyrelsen.jvg.reliability.HostileCorpus.with;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.EngineRestClient;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.PublicClient;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/}, over 300 inputs) against every endpoint
 * each input applies to, over real HTTP: the public API, the public pages and secure links, the minutes
 * upload, and Tasklist's own submit-form on the start event and on the user tasks as a caseworker. A
 * refused input gets a 4xx with a Swedish message, never a 5xx, and leaves every table as it was; an input
 * the rules accept (markup, SQL-shaped text, Unicode edge cases) comes back escaped on the status page, in
 * the e-mails, in the task forms' case history and in the register. Outcomes per endpoint are printed and
 * written to {@code target/hostile-input-report.txt}. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.admin-user.password=" + HostileInputIntegrationTest.PASSWORD,
            "camunda.bpm.generate-unique-process-engine-name=false",
            "accession.public-form.rate-limit-requests=1000000"
        })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileInputIntegrationTest extends OwnMailServerTest {

    static final String PASSWORD = "Hz8#qpLm-40v";
    private static final String KIM = "kimfientlig";
    private static final AtomicInteger ORGANISATION = new AtomicInteger(81_000);
    /** A message a person reads in Swedish: Swedish letters or one of the words our messages start with. */
    private static final Pattern SWEDISH = Pattern.compile(
            "[åäöÅÄÖ]|\\b(Ange|Fältet|Ogiltigt|Välj|Högst|Minst|Okänt|Texten|Uppgiften|Rutan|Länken|Felaktig|Begäran|Filen|"
                    + "Innehållet|Sidan|Ärendet|Variabler|Fyraögonsprincipen|Anslutningsblanketten|Skriv|Beskriv|och|inte|till|"
                    + "ska|kan|har|med|den|det)\\b");

    private static final Pattern STATUS_LINK =
            Pattern.compile("href=\"(http[^\"]+/anslutning/arende/([A-Za-z0-9_-]+))\"");
    private static final Pattern COMPLETION_LINK =
            Pattern.compile("href=\"http[^\"]+/anslutning/komplettera/([A-Za-z0-9_-]+)\"");
    /** Outcomes by endpoint, e.g. "POST /api/accessions" → {"400": 180, "201": 20}. */
    private static final Map<String, Map<String, Integer>> OUTCOMES = new TreeMap<>();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessionSettings settings;

    private EngineRestClient rest;
    private PublicClient client;
    private final HostileChecks checks = new HostileChecks(SWEDISH, OUTCOMES);

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identity, KIM, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        rest = new EngineRestClient(port, PASSWORD);
        client = new PublicClient(baseUrl());
        settings.setPublicBaseUrl(baseUrl());
    }

    @AfterAll
    static void report() throws Exception {
        HostileChecks.report(OUTCOMES, "Hostile input: outcomes by endpoint", 60, "hostile-input-report");
    }

    // --- the start form: public API and Tasklist's start -------------------------------------------

    @Test
    void shouldRefuseEveryBadStartFormValueOnThePublicApiAndOnTasklistsStartStoringNothing() throws Exception {
        List<Map<String, Object>> corpus = corpus("start-form-values.json");
        assertThat(corpus).hasSizeGreaterThan(200);
        Map<String, Long> before = counts();
        for (Map<String, Object> entry : corpus) {
            if (!"reject".equals(entry.get("expect"))) {
                continue;
            }
            Map<String, Object> form = with(TestAccessions.publicForm(ORGANISATION.incrementAndGet()), entry);
            HttpResponse<String> api = client.postJson("/api/accessions", form);
            checks.expectRefused("POST /api/accessions (field values)", entry, api, problemText(api));
            HttpResponse<String> start =
                    rest.post(KIM, "/process-definition/key/accession/submit-form", typedVariables(form, null));
            checks.expectRefused(
                    "Tasklist submit-form start event (field values)", entry, start, EngineRestClient.message(start));
        }
        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void shouldEscapeEveryAcceptedHostileTextInStatusPageMailsTaskFormsAndRegister() throws Exception {
        List<Map<String, Object>> accepted = new ArrayList<>();
        List<String> caseNumbers = new ArrayList<>();
        List<String> statusUrls = new ArrayList<>();
        for (Map<String, Object> entry : corpus("start-form-values.json")) {
            if (!"either".equals(entry.get("expect"))) {
                continue;
            }
            int n = ORGANISATION.incrementAndGet();
            Map<String, Object> form = with(TestAccessions.publicForm(n), entry);
            form.put("contactEmail", TestAccessions.contactEmail(n));
            HttpResponse<String> api = client.postJson("/api/accessions", form);
            if (api.statusCode() == 201) {
                checks.count("POST /api/accessions (accepted, then checked escaped)", "201");
                accepted.add(entry);
                caseNumbers.add(PublicClient.json(api).get("caseNumber").toString());
                statusUrls.add(PublicClient.json(api).get("statusUrl").toString());
            } else {
                checks.expectRefused("POST /api/accessions (field values)", entry, api, problemText(api));
            }
        }
        assertThat(accepted)
                .as("markup, SQL-shaped text and Unicode are accepted where the rules allow them")
                .hasSizeGreaterThan(15);
        runJobs();
        for (int i = 0; i < accepted.size(); i++) {
            Object value = value(accepted.get(i));
            String caseNumber = caseNumbers.get(i);
            String where = accepted.get(i).get("note") + " (" + caseNumber + ")";
            // The status page, the receipt and the caseworkers' notice.
            String page = client.get(statusUrls.get(i)).body();
            assertNoRawMarkup("status page: " + where, page, value);
            for (MimeMessage m : mail().getReceivedMessages()) {
                if (m.getSubject().contains(caseNumber)) {
                    assertNoRawMarkup("e-mail \"" + m.getSubject() + "\": " + where, (String) m.getContent(), value);
                }
            }
            // The task form's case history (Markdown that form-js renders).
            Task review = tasks.createTaskQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .singleResult();
            Object history = tasks.getVariableLocal(review.getId(), Variables.CASE_HISTORY);
            assertNoRawMarkup("Tasklist case history: " + where, String.valueOf(history), value);
            // Through approval and registration into the register.
            tasks.complete(review.getId(), TestAccessions.approval());
            tasks.complete(
                    tasks.createTaskQuery()
                            .processInstanceBusinessKey(caseNumber)
                            .singleResult()
                            .getId(),
                    TestAccessions.registration());
        }
        runJobs();
        String register = wholeInternalRegister();
        for (int i = 0; i < accepted.size(); i++) {
            assertNoRawMarkup("register: " + accepted.get(i).get("note"), register, value(accepted.get(i)));
            for (MimeMessage m : mail().getReceivedMessages()) {
                if (m.getSubject().contains(caseNumbers.get(i))) {
                    assertNoRawMarkup(
                            "e-mail \"" + m.getSubject() + "\"", (String) m.getContent(), value(accepted.get(i)));
                }
            }
        }
        assertThat(register).contains(caseNumbers.get(0).isEmpty() ? "" : "Testkommun");
        checks.assertNoFailures();
    }

    // --- the completion link -------------------------------------------------------------------

    @Test
    void shouldRefuseEveryBadValueAndBodyOnTheCompletionLinkAndLeaveTheCaseAsItWas() throws Exception {
        int n = ORGANISATION.incrementAndGet();
        String caseNumber = submit(n);
        runJobs();
        tasks.complete(task(caseNumber).getId(), Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        tasks.complete(
                task(caseNumber).getId(),
                Map.of(Variables.MISSING_INFORMATION, "Beslutsdatum saknas.", Variables.CONTACT_METHOD, "EMAIL"));
        runJobs();
        String token = linkIn(TestAccessions.contactEmail(n), "Komplettering", COMPLETION_LINK);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>)
                PublicClient.json(client.get("/api/completions/" + token)).get("data");
        Map<String, Long> before = counts();
        String path = "/api/completions/" + token;

        for (Map<String, Object> entry : corpus("start-form-values.json")) {
            if ("reject".equals(entry.get("expect"))) {
                HttpResponse<String> r = client.postJson(path, with(new LinkedHashMap<>(data), entry));
                checks.expectRefused("POST /api/completions/{token} (field values)", entry, r, problemText(r));
            }
        }
        checks.sendBodiesAndContentTypes(
                client,
                "POST /api/completions/{token}",
                path,
                TestAccessions.publicForm(ORGANISATION.incrementAndGet()));

        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from accession where case_number = ?", String.class, caseNumber))
                .isEqualTo("COMPLETION_REQUESTED");
    }

    // --- engine REST errors a caseworker meets in Tasklist and Cockpit ---------------------------------

    @Test
    void shouldAnswerTheEngineErrorsACaseworkerMeetsInTasklistAndCockpitInSwedish() throws Exception {
        String colleague = KIM + "kollega";
        TestUsers.ensure(identity, colleague, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        String caseNumber = submit(ORGANISATION.incrementAndGet());
        runJobs();
        String review = task(caseNumber).getId();
        Map<String, String> answers = new LinkedHashMap<>();

        assertThat(rest.post(KIM, "/task/" + review + "/claim", "{\"userId\":\"" + KIM + "\"}")
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> claimedByOther =
                rest.post(colleague, "/task/" + review + "/claim", "{\"userId\":\"" + colleague + "\"}");
        answers.put(
                "claim a claimed task", claimedByOther.statusCode() + " " + EngineRestClient.message(claimedByOther));
        assertThat(claimedByOther.statusCode()).as(claimedByOther.body()).isEqualTo(409);
        assertThat(EngineRestClient.message(claimedByOther))
                .startsWith("Uppgiften har redan tagits av en annan handläggare");

        HttpResponse<String> badDate =
                rest.put(KIM, "/task/" + review, "{\"name\":\"Granska anslutning\",\"due\":\"31 mars\"}");
        answers.put("due date in a wrong format", badDate.statusCode() + " " + EngineRestClient.message(badDate));
        assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(400);
        // The same answer after every start: Jersey chose between two libraries' mappers from start to start before.
        assertThat(EngineRestClient.message(badDate))
                .isEqualTo("Begäran kunde inte läsas: \"31 mars\" i fältet due är inget datum. Datum skrivs som"
                        + " 2027-03-31T17:00:00.000+0200.");
        HttpResponse<String> badPriority =
                rest.put(KIM, "/task/" + review, "{\"name\":\"Granska anslutning\",\"priority\":\"hög\"}");
        answers.put("priority not a number", badPriority.statusCode() + " " + EngineRestClient.message(badPriority));
        assertThat(badPriority.statusCode()).as(badPriority.body()).isEqualTo(400);
        assertThat(EngineRestClient.message(badPriority))
                .isEqualTo("Begäran kunde inte läsas: ett värde i fältet priority har fel format.");
        for (String notJson : new String[] {"{\"name\":\"Granska anslutning\",", "{name: 'Granska'}"}) {
            HttpResponse<String> broken = rest.put(KIM, "/task/" + review, notJson);
            answers.put("not JSON: " + notJson, broken.statusCode() + " " + EngineRestClient.message(broken));
            assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
            assertThat(EngineRestClient.message(broken))
                    .isEqualTo("Begäran kunde inte läsas: den är inte giltig JSON.");
        }

        assertThat(rest.submitTaskForm(KIM, review, TestAccessions.approval()).statusCode())
                .isEqualTo(204);
        for (String[] call : new String[][] {
            {"claim", "/task/" + review + "/claim", "{\"userId\":\"" + KIM + "\"}"},
            {"set assignee", "/task/" + review + "/assignee", "{\"userId\":\"" + colleague + "\"}"},
            {"due date", "/task/" + review, "{\"name\":\"Granska anslutning\",\"due\":\"2027-03-31T17:00:00.000+0200\"}"
            }
        }) {
            HttpResponse<String> gone =
                    call[0].equals("due date") ? rest.put(KIM, call[1], call[2]) : rest.post(KIM, call[1], call[2]);
            answers.put(call[0] + " on a completed task", gone.statusCode() + " " + EngineRestClient.message(gone));
            assertThat(gone.statusCode()).as(call[0] + ": " + gone.body()).isEqualTo(404);
            assertThat(EngineRestClient.message(gone)).as(call[0]).startsWith("Uppgiften finns inte längre");
        }

        HttpResponse<String> negative = rest.put("admin", "/job/" + review + "/retries", "{\"retries\":-1}");
        answers.put("negative retries", negative.statusCode() + " " + EngineRestClient.message(negative));
        assertThat(EngineRestClient.message(negative))
                .as(negative.body())
                .startsWith("Antalet försök kan inte vara negativt");
        HttpResponse<String> noJob = rest.put("admin", "/job/" + review + "/retries", "{\"retries\":1}");
        answers.put("retries on a job that is gone", noJob.statusCode() + " " + EngineRestClient.message(noJob));
        assertThat(noJob.statusCode()).as(noJob.body()).isEqualTo(404);
        assertThat(EngineRestClient.message(noJob)).startsWith("Jobbet finns inte längre");

        answers.forEach((call, answer) -> checks.count("engine REST errors", call + " → " + answer));
        System.out.println("Engine REST errors: " + answers);
    }

    // --- raw bodies and content types on the submission ----------------------------------------------

    @Test
    void shouldRefuseBrokenBodiesAndWrongContentTypesOnTheSubmission() throws Exception {
        Map<String, Long> before = counts();
        checks.sendBodiesAndContentTypes(
                client,
                "POST /api/accessions",
                "/api/accessions",
                TestAccessions.publicForm(ORGANISATION.incrementAndGet()));
        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    // --- secure links: hostile tokens on every page and endpoint that takes one -----------------------

    @Test
    void shouldAnswerEveryHostileTokenWithASwedishNotFoundOnEveryLinkEndpoint() throws Exception {
        List<String> tokens = list("tokens.json");
        Map<String, Long> before = counts();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (String raw : tokens) {
            String token = encode(raw);
            Map<String, Object> entry = Map.of("note", "token " + raw);
            String csrf = client.xsrf();
            check("GET /anslutning/arende/{token}", entry, client.get("/anslutning/arende/" + token));
            check(
                    "GET /anslutning/arende/{token}/aterkalla",
                    entry,
                    client.get("/anslutning/arende/" + token + "/aterkalla"));
            check(
                    "POST /anslutning/arende/{token}/aterkalla",
                    entry,
                    client.post(
                            "/anslutning/arende/" + token + "/aterkalla",
                            "application/x-www-form-urlencoded",
                            "_csrf=" + csrf + "&reason=x"));
            check("GET /anslutning/komplettera/{token}", entry, client.get("/anslutning/komplettera/" + token));
            check("GET /api/completions/{token}", entry, client.get("/api/completions/" + token));
            check(
                    "POST /api/completions/{token}",
                    entry,
                    client.postJson("/api/completions/" + token, TestAccessions.publicForm(1)));
            check(
                    "POST /api/cases/{token}/minutes-extract",
                    entry,
                    upload(
                            "/api/cases/" + token + "/minutes-extract",
                            "protokollsutdrag",
                            "beslut.pdf",
                            "application/pdf",
                            pdf));
        }
        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    // --- the minutes upload and the withdrawal form -------------------------------------------------

    @Test
    void shouldRefuseEveryFileThatIsNotAHarmlessPdfAndEveryBadWithdrawalReason() throws Exception {
        int n = ORGANISATION.incrementAndGet();
        String caseNumber = submit(n);
        runJobs();
        String token = linkIn(TestAccessions.contactEmail(n), "Vi har tagit emot", STATUS_LINK);
        Map<String, Long> before = counts();
        for (Upload u : hostileUploads()) {
            Map<String, Object> entry = Map.of("note", "upload: " + u.note());
            HttpResponse<String> api = upload(
                    "/api/cases/" + token + "/minutes-extract", u.part(), u.fileName(), u.contentType(), u.content());
            checks.expectRefused("POST /api/cases/{token}/minutes-extract", entry, api, problemText(api));
            HttpResponse<String> page = upload(
                    "/anslutning/arende/" + token + "/protokollsutdrag",
                    u.part(),
                    u.fileName(),
                    u.contentType(),
                    u.content());
            checks.expectRefused("POST /anslutning/arende/{token}/protokollsutdrag (page)", entry, page, page.body());
        }
        HttpResponse<String> broken = client.post(
                "/api/cases/" + token + "/minutes-extract",
                "multipart/form-data; boundary=gräns",
                "--gräns\r\nContent-Disposition: form-data; name=\"protokollsutdrag\"\r\n\r\n%PDF-");
        checks.expectRefused(
                "POST /api/cases/{token}/minutes-extract",
                Map.of("note", "broken multipart"),
                broken,
                problemText(broken));
        for (String reason : List.of("Vi avvaktar\u0000", "\u001b[2J", "a\u0007b")) {
            HttpResponse<String> r = client.post(
                    "/anslutning/arende/" + token + "/aterkalla",
                    "application/x-www-form-urlencoded",
                    "_csrf=" + client.xsrf() + "&reason=" + java.net.URLEncoder.encode(reason, StandardCharsets.UTF_8));
            checks.expectRefused(
                    "POST /anslutning/arende/{token}/aterkalla (reason)",
                    Map.of("note", "withdrawal reason " + reason),
                    r,
                    r.body());
        }
        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from accession where case_number = ?", String.class, caseNumber))
                .isEqualTo("SUBMITTED");

        // A real PDF with a hostile file name is accepted; the name comes back harmless.
        HttpResponse<String> ok = upload(
                "/api/cases/" + token + "/minutes-extract",
                "protokollsutdrag",
                "<script>alert(1)</script>.pdf",
                "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(client.get("/anslutning/arende/" + token).body()).doesNotContain("<script>alert(1)");
    }

    // --- Tasklist's submit-form on the user tasks ---------------------------------------------------

    @Test
    void shouldRefuseEveryBadTaskFormValueFromACaseworkerAndEscapeWhatIsAccepted() throws Exception {
        List<Map<String, Object>> corpus = corpus("task-form-values.json");
        int reviewed = ORGANISATION.incrementAndGet();
        String approved = submit(reviewed);
        int followed = ORGANISATION.incrementAndGet();
        String completion = submit(followed);
        runJobs();
        Map<String, Object> escapedValues = new LinkedHashMap<>();

        runTaskEntries(corpus, "review", approved, TestAccessions.approval(), escapedValues);
        runTaskEntries(corpus, "registration", approved, TestAccessions.registration(), escapedValues);
        tasks.complete(task(completion).getId(), Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
        runTaskEntries(
                corpus,
                "contact",
                completion,
                Map.of(Variables.MISSING_INFORMATION, "Beslutsdatum saknas.", Variables.CONTACT_METHOD, "EMAIL"),
                escapedValues);
        runJobs();
        reachNotCompletedDecision(completion);
        // "Wait another period" keeps the case open, so every entry meets the same task.
        runTaskEntries(
                corpus,
                "notCompleted",
                completion,
                Map.of(Variables.NOT_COMPLETED_DECISION, "WAIT_AGAIN"),
                escapedValues);

        assertThat(jdbc.queryForObject("select status from accession where case_number = ?", String.class, approved))
                .isEqualTo("REGISTERED");
        assertThat(jdbc.queryForObject("select status from accession where case_number = ?", String.class, completion))
                .isEqualTo("COMPLETION_REQUESTED");
        String statusPage = client.get(
                        linkIn(TestAccessions.contactEmail(followed), "Vi har tagit emot", STATUS_LINK, true))
                .body();
        String register = wholeInternalRegister();
        for (Map.Entry<String, Object> e : escapedValues.entrySet()) {
            assertNoRawMarkup("status page", statusPage, e.getValue());
            assertNoRawMarkup("register", register, e.getValue());
            for (MimeMessage m : mail().getReceivedMessages()) {
                assertNoRawMarkup("e-mail " + m.getSubject(), (String) m.getContent(), e.getValue());
            }
        }
        assertThat(statusPage).contains("&lt;img src=x onerror=alert(1)&gt;");
        checks.assertNoFailures();
    }

    private void runTaskEntries(
            List<Map<String, Object>> corpus,
            String taskName,
            String caseNumber,
            Map<String, Object> valid,
            Map<String, Object> escapedValues)
            throws Exception {
        String endpoint = "Tasklist submit-form " + taskName;
        List<Map<String, Object>> entries =
                corpus.stream().filter(e -> taskName.equals(e.get("task"))).toList();
        Map<String, Long> before = counts();
        for (Map<String, Object> entry : entries) {
            if (!"reject".equals(entry.get("expect"))) {
                continue;
            }
            Map<String, Object> base = new LinkedHashMap<>(valid);
            if ("rejectionReason".equals(entry.get("field"))) {
                base = new LinkedHashMap<>(Map.of(Variables.REVIEW_OUTCOME, "REJECT"));
            }
            base.put((String) entry.get("field"), value(entry));
            Task open = task(caseNumber);
            HttpResponse<String> r =
                    rest.post(KIM, "/task/" + open.getId() + "/submit-form", typedVariables(base, entry));
            checks.expectRefused(endpoint, entry, r, EngineRestClient.message(r));
            if (task(caseNumber) == null
                    || !open.getId().equals(task(caseNumber).getId())) {
                checks.fail(endpoint + " – " + entry.get("note")
                        + ": the task was completed; the rest of this task's entries are skipped");
                return;
            }
        }
        if (!counts().equals(before)) {
            checks.fail("refused " + taskName + " forms stored something: " + before + " → " + counts());
        }
        for (Map<String, Object> entry : entries) {
            if ("either".equals(entry.get("expect"))) {
                Map<String, Object> form = new LinkedHashMap<>(valid);
                form.put((String) entry.get("field"), value(entry));
                HttpResponse<String> r =
                        rest.submitTaskForm(KIM, task(caseNumber).getId(), form);
                assertThat(r.statusCode())
                        .as(entry.get("note") + ": " + r.body())
                        .isEqualTo(204);
                checks.count(endpoint, "204 (accepted, then checked escaped)");
                escapedValues.put((String) entry.get("note"), value(entry));
                Task next = task(caseNumber);
                if (next != null) {
                    assertNoRawMarkup(
                            "case history after " + entry.get("note"),
                            String.valueOf(tasks.getVariableLocal(next.getId(), Variables.CASE_HISTORY)),
                            value(entry));
                }
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    record Upload(String note, String part, String fileName, String contentType, byte[] content) {}

    /**
     * Files that must be refused: not a PDF, a PDF in name only, too large, empty, PDF with active content. Stored
     * as data (hostile/uploads.json and the files under hostile/uploads/); the one over 10 MB is a recipe.
     */
    private static List<Upload> hostileUploads() throws Exception {
        List<Upload> uploads = new ArrayList<>();
        for (Map<String, Object> u : corpus("uploads.json")) {
            byte[] content;
            if ("pdf-header-then-zeros".equals(u.get("generate"))) {
                content = new byte[((Number) u.get("size")).intValue()];
                System.arraycopy(ascii("%PDF-1.4\n"), 0, content, 0, 9);
            } else {
                try (InputStream in = resource("uploads/" + u.get("file"))) {
                    content = in.readAllBytes();
                }
            }
            uploads.add(new Upload(
                    (String) u.get("note"),
                    (String) u.get("part"),
                    (String) u.get("fileName"),
                    (String) u.get("contentType"),
                    content));
        }
        return uploads;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private HttpResponse<String> upload(String path, String part, String fileName, String contentType, byte[] content)
            throws Exception {
        String boundary = "----jvg" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + client.xsrf()
                        + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private void check(String endpoint, Map<String, Object> entry, HttpResponse<String> r) {
        String message = r.body().startsWith("{") ? problemText(r) + " " + r.body() : r.body();
        checks.expectRefused(endpoint, entry, r, message);
    }

    private void assertNoRawMarkup(String where, String text, Object value) {
        if (!(value instanceof String s) || !(s.contains("<") || s.contains(">") || s.contains("\""))) {
            return;
        }
        if (text.contains(s)
                || text.toLowerCase().contains("<script>alert")
                || text.contains("onerror=alert") && !text.contains("&lt;img")) {
            checks.fail(where + ": raw markup of " + abbreviate(s));
        }
    }

    private String submit(int n) throws Exception {
        HttpResponse<String> r = client.postJson("/api/accessions", TestAccessions.publicForm(n));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return PublicClient.json(r).get("caseNumber").toString();
    }

    private String linkIn(String email, String subjectStart, Pattern link) throws Exception {
        return linkIn(email, subjectStart, link, false);
    }

    /** The token (or, with whole, the URL) of the first link of that kind in an e-mail to the address. */
    private String linkIn(String email, String subjectStart, Pattern link, boolean whole) throws Exception {
        for (MimeMessage m : mail().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)
                    && m.getSubject().startsWith(subjectStart)) {
                Matcher found = link.matcher((String) m.getContent());
                assertThat(found.find()).as("link in " + m.getSubject()).isTrue();
                return whole ? found.group(1) : found.group(found.groupCount());
            }
        }
        throw new AssertionError("no e-mail \"" + subjectStart + "\" to " + email);
    }

    /** Every page of /intern/register (50 organisations a page), one after the other. */
    private String wholeInternalRegister() throws Exception {
        String first = internalPage("/intern/register");
        java.util.regex.Matcher pages =
                java.util.regex.Pattern.compile("Sida 1 av (\\d+)").matcher(first);
        StringBuilder all = new StringBuilder(first);
        for (int page = 2; pages.find() && page <= Integer.parseInt(pages.group(1)); page++) {
            all.append(internalPage("/intern/register?sida=" + page));
            pages.reset();
        }
        return all.toString();
    }

    private String internalPage(String path) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((KIM + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** Rows in every table a request could write to, our own and the engine's. */
    private Map<String, Long> counts() {
        return HostileChecks.rowCounts(
                jdbc,
                List.of(
                        "accession",
                        "organisation",
                        "submission_key",
                        "access_token",
                        "minutes_extract",
                        "notification",
                        "accession_status_change",
                        "follow_up_note",
                        "ACT_RU_EXECUTION",
                        "ACT_RU_TASK",
                        "ACT_RU_JOB",
                        "ACT_RU_VARIABLE",
                        "ACT_HI_PROCINST",
                        "ACT_HI_VARINST",
                        "ACT_HI_TASKINST",
                        "ACT_GE_BYTEARRAY"));
    }

    private void runJobs() {
        new AccessionDriver(engine).runDueJobs();
    }

    /**
     * Moves a case waiting for its completion to "Avsluta eller vänta vidare": the 14-day timers and the reminders
     * run as their jobs, without waiting for the due dates.
     */
    private void reachNotCompletedDecision(String caseNumber) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        new AccessionDriver(engine).runJobsUntilAt(instance, Elements.DECIDE_NOT_COMPLETED);
        assertThat(task(caseNumber))
                .as(caseNumber + " at the not-completed decision")
                .isNotNull()
                .extracting(Task::getTaskDefinitionKey)
                .isEqualTo(Elements.DECIDE_NOT_COMPLETED);
    }

    private Task task(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
