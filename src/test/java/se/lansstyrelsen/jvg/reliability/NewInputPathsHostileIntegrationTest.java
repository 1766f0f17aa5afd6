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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpGateway;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpService;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.EngineRestClient;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.PublicClient;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestFollowUps;
import se.lansstyrelsen.jvg.support.TestSessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * The hostile-input corpus against the input paths added after {@link HostileInputIntegrationTest}: the
 * information-session sign-up (page and API), the yearly follow-up (page and API), the caseworkers' invitation list
 * (adding an organisation, importing a CSV or XLSX file), the invitation link's parameter, and Tasklist's own
 * submit-form on the invitation round's and the follow-up round's start forms and on the follow-up's two tasks.
 * The shared corpus ({@code start-form-values.json}, {@code bodies.json}, {@code content-types.json},
 * {@code tokens.json}) goes where its fields exist; the new paths' own kinds are in {@code new-paths-values.json},
 * {@code session-ids.json} and {@code imports.json} (+ files under {@code imports/}). Every refusal is a 4xx with a
 * Swedish message and stores nothing; what the rules accept comes back escaped (attendee page and its CSV/XLSX
 * export, the follow-up's review variables and export, the invitation list). One Spring context for all of it;
 * outcomes per endpoint go to {@code target/hostile-input-report-new-paths-<db>.txt}. Organisation numbers
 * 66_001–66_099.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.admin-user.password=" + NewInputPathsHostileIntegrationTest.PASSWORD,
            "camunda.bpm.generate-unique-process-engine-name=false",
            "accession.public-form.rate-limit-requests=1000000",
            "jvg.test.context=hostile-new-input-paths"
        })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NewInputPathsHostileIntegrationTest extends OwnMailServerTest {

    static final String PASSWORD = "Nq7#vbTe-52x";
    private static final String KIM = "kimnyavagar";
    private static final int YEAR = 2026;
    private static final Pattern SWEDISH = Pattern.compile(
            "[åäöÅÄÖ]|\\b(Ange|Fältet|Ogiltigt|Välj|Högst|Minst|Okänt|Texten|Uppgiften|Rutan|Länken|Felaktig|Begäran|Filen|"
                    + "Innehållet|Sidan|Träffen|Svara|Rad|Startformuläret|Variabler|Processen|Skriv|och|inte|till|ska|kan|har|med|"
                    + "den|det|finns)\\b");
    private static final Map<String, Map<String, Integer>> OUTCOMES = new TreeMap<>();
    private static final String SIGNUP = "POST /api/informationstraffar/{id}/anmalningar";
    private static final String FOLLOW_UP = "POST /api/follow-ups/{token}";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessionSettings settings;

    @Autowired
    SessionService sessions;

    @Autowired
    AnnualFollowUpService followUps;

    @Autowired
    AnnualFollowUpGateway followUpGateway;

    private PublicClient client;
    private EngineRestClient rest;
    private final HostileChecks checks = new HostileChecks(SWEDISH, OUTCOMES);

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identity, KIM, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        client = new PublicClient(baseUrl());
        rest = new EngineRestClient(port, PASSWORD);
        settings.setPublicBaseUrl(baseUrl());
    }

    @AfterAll
    static void report() throws Exception {
        HostileChecks.report(
                OUTCOMES,
                "Hostile input on the newer input paths: outcomes by endpoint",
                72,
                "hostile-input-report-new-paths");
    }

    // --- information-session sign-up --------------------------------------------------------------

    @Test
    void shouldRefuseEveryBadSignUpAndEscapeEveryAcceptedOneOnTheAttendeePageAndItsExports() throws Exception {
        long session = session(500);
        Map<String, Long> before = counts();
        String api = "/api/informationstraffar/" + session + "/anmalningar";

        for (String raw : list("session-ids.json")) {
            String id = encode(raw);
            Map<String, Object> entry = Map.of("note", "session id " + raw);
            check(
                    "GET /informationstraffar/{id}/anmalan (bad ids)",
                    entry,
                    client.get("/informationstraffar/" + id + "/anmalan"));
            check(
                    "POST /api/informationstraffar/{id}/anmalningar (bad ids)",
                    entry,
                    client.postJson("/api/informationstraffar/" + id + "/anmalningar", signUp("Idtest")));
        }
        for (Map<String, Object> entry : corpus("start-form-values.json")) {
            String field = (String) entry.get("field");
            if ("reject".equals(entry.get("expect"))
                    && List.of("organisationName", "contactName", "contactEmail")
                            .contains(field)) {
                check(SIGNUP + " (shared field values)", entry, client.postJson(api, with(signUp("Fälttest"), entry)));
            }
        }
        for (Map<String, Object> entry : newPaths("signup")) {
            check(SIGNUP + " (own field values)", entry, client.postJson(api, with(signUp("Egentest"), entry)));
        }
        checks.sendBodiesAndContentTypes(client, SIGNUP, api, signUp("Kroppstest"));
        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);

        // Accepted: markup, SQL-shaped text, Unicode and spreadsheet formulas come back escaped / neutralised.
        List<String> accepted = new ArrayList<>();
        for (String text : acceptedTexts()) {
            Map<String, Object> form = signUp(text);
            form.put("contactName", text.length() > 200 ? text.substring(0, 200) : text);
            form.put("participantNames", text);
            HttpResponse<String> r = client.postJson(api, form);
            checks.count(SIGNUP + " (accepted, then checked escaped)", String.valueOf(r.statusCode()));
            if (r.statusCode() == 201) {
                accepted.add(text);
            } else {
                checks.expectRefused(
                        SIGNUP + " (accepted, then checked escaped)", Map.of("note", text), r, problemText(r));
            }
        }
        assertThat(accepted).hasSizeGreaterThan(15);
        String page = internal("/intern/informationstraffar/" + session).body();
        String csv = new String(
                internalBytes("/intern/informationstraffar/" + session + "/deltagare.csv"), StandardCharsets.UTF_8);
        List<List<String>> xlsx = xlsxRows(internalBytes("/intern/informationstraffar/" + session + "/deltagare.xlsx"));
        for (String text : accepted) {
            assertNoRawMarkup("attendee page", page, text);
            if ("=+-@".indexOf(text.charAt(0)) >= 0) {
                if (!csv.contains("'" + text.substring(0, Math.min(text.length(), 12)))) {
                    checks.fail("CSV export: formula not neutralised: " + text);
                }
            }
        }
        // As text (never a formula); U+FFFE cannot be written in XML and comes out as "?".
        assertThat(xlsx.stream().flatMap(List::stream).toList())
                .as("XLSX export holds the texts as text")
                .contains(accepted.stream()
                        .map(t -> t.replaceAll("[\uFFFE\uFFFF]", "?"))
                        .toArray(String[]::new));
        assertNoFormulaCells(internalBytes("/intern/informationstraffar/" + session + "/deltagare.xlsx"));
        assertThat(page).contains("&lt;script&gt;");
        checks.assertNoFailures();
    }

    // --- the yearly follow-up ---------------------------------------------------------------------

    @Test
    void shouldRefuseEveryBadFollowUpAnswerAndTokenThenEscapeTheAcceptedAnswerAndRefuseBadReviewForms()
            throws Exception {
        long followUpId = followUpAt(66_001);
        String token = followUps.issueLink(followUpId).token();
        List<Map<String, Object>> goals = TestFollowUps.goals(client, token);
        Map<String, Long> before = counts();
        String api = "/api/follow-ups/" + token;

        for (String raw : list("tokens.json")) {
            String t = encode(raw);
            Map<String, Object> entry = Map.of("note", "token " + raw);
            check("GET /uppfoljning/{token} (bad tokens)", entry, client.get("/uppfoljning/" + t));
            check("GET /api/follow-ups/{token} (bad tokens)", entry, client.get("/api/follow-ups/" + t));
            check(
                    "POST /api/follow-ups/{token} (bad tokens)",
                    entry,
                    client.postJson("/api/follow-ups/" + t, answers(goals.size(), "Gjort")));
        }
        Map<String, String> mapped = Map.of(
                "contactName",
                "newContactName",
                "contactEmail",
                "newContactEmail",
                "contactTitle",
                "newContactTitle",
                "contactPhone",
                "newContactPhone",
                "plannedWork",
                "goals[0].done");
        for (Map<String, Object> entry : corpus("start-form-values.json")) {
            String field = mapped.get((String) entry.get("field"));
            if ("reject".equals(entry.get("expect"))
                    && field != null
                    && !isAcceptedOnFollowUp(entry)
                    && !("plannedWork".equals(entry.get("field"))
                            && entry.get("repeat") != null
                            && ((Number) entry.get("repeat")).intValue() <= 4000)) { // 4000 here, not 2000
                Map<String, Object> e = new LinkedHashMap<>(entry);
                e.put("field", field);
                check(
                        FOLLOW_UP + " (shared field values)",
                        e,
                        client.postJson(api, withAnswer(answers(goals.size(), "Gjort"), e)));
            }
        }
        for (Map<String, Object> entry : newPaths("followup")) {
            check(
                    FOLLOW_UP + " (own field values)",
                    entry,
                    client.postJson(api, withAnswer(answers(goals.size(), "Gjort"), entry)));
        }
        checks.sendBodiesAndContentTypes(client, FOLLOW_UP, api, answers(goals.size(), "Gjort"));
        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from annual_follow_up where id = ?", String.class, followUpId))
                .isEqualTo("SENT");

        // One answer with every accepted hostile text; it reaches the review task's summary and the export escaped.
        List<String> texts = acceptedTexts().stream().filter(t -> !t.isBlank()).toList();
        Map<String, Object> answer = answers(goals.size(), String.join("\n", texts));
        answer.put("contactChanged", true);
        answer.put("newContactName", "<img src=x onerror=alert(1)>");
        answer.put("newContactEmail", "ny.kontakt@kommun.example");
        HttpResponse<String> answered = client.postJson(api, answer);
        checks.count(FOLLOW_UP + " (accepted, then checked escaped)", String.valueOf(answered.statusCode()));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(followUpId))
                .singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(AnnualFollowUpProcess.Elements.REVIEW);
        String summary = String.valueOf(engine.getRuntimeService()
                .getVariable(review.getProcessInstanceId(), AnnualFollowUpProcess.Variables.SUMMARY));
        for (String text : texts) {
            assertNoRawMarkup("review task summary", summary, text);
        }
        assertNoRawMarkup("review task summary", summary, "<img src=x onerror=alert(1)>");
        List<String> exported = xlsxRows(internalBytes("/intern/export/uppfoljning.xlsx?ar=" + YEAR)).stream()
                .flatMap(List::stream)
                .toList();
        assertThat(String.join("\n", exported)).contains("<script>alert('x')</script>");
        assertNoFormulaCells(internalBytes("/intern/export/uppfoljning.xlsx?ar=" + YEAR));

        // Tasklist's "Granska uppföljning": every bad form refused, the task stays, nothing else changes.
        runTaskEntries(
                "follow-up-review",
                review,
                Map.of(
                        AnnualFollowUpProcess.Variables.ACCEPT_CONTACT_CHANGE,
                        false,
                        AnnualFollowUpProcess.Variables.REVIEW_NOTE,
                        "Granskad."));
        HttpResponse<String> done = rest.submitTaskForm(
                KIM,
                review.getId(),
                Map.of(
                        AnnualFollowUpProcess.Variables.ACCEPT_CONTACT_CHANGE,
                        false,
                        AnnualFollowUpProcess.Variables.REVIEW_NOTE,
                        "<b>Granskad</b> ${7*7}"));
        checks.count("Tasklist submit-form Granska uppföljning (valid, accepted)", String.valueOf(done.statusCode()));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select status from annual_follow_up where id = ?", String.class, followUpId))
                .isEqualTo("REVIEWED");
        checks.assertNoFailures();
    }

    @Test
    void shouldTakeTheLongestAnswerTheFormAllowsAndKeepItsSummaryWithinAStringVariable() throws Exception {
        long followUpId = followUpAt(66_003);
        String token = followUps.issueLink(followUpId).token();
        List<Map<String, Object>> goals = TestFollowUps.goals(client, token);
        Map<String, Object> longest = answers(goals.size(), "<".repeat(4000));
        for (Object row : (List<?>) longest.get("goals")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) row;
            r.put("changed", "ö".repeat(4000));
            r.put("supportWanted", "&".repeat(4000));
        }
        longest.put("contactChanged", true);
        longest.put("newContactName", "N".repeat(200));
        longest.put("newContactTitle", "T".repeat(200));
        longest.put("newContactEmail", "n".repeat(64) + "@" + "k".repeat(180) + ".example");
        longest.put("newContactPhone", "0".repeat(39));
        HttpResponse<String> r = client.postJson("/api/follow-ups/" + token, longest);
        checks.count(FOLLOW_UP + " (longest answer, accepted)", String.valueOf(r.statusCode()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKeyOf(followUpId))
                .singleResult();
        String summary = (String) engine.getRuntimeService()
                .getVariable(review.getProcessInstanceId(), AnnualFollowUpProcess.Variables.SUMMARY);
        assertThat(summary.length())
                .as("fits a string variable (4,000 characters)")
                .isLessThanOrEqualTo(4000);
        assertThat(summary).contains("&#60;&#60;").contains("…").doesNotContain("<<");
        assertThat(jdbc.queryForObject(
                        "select count(*) from annual_follow_up_answer where follow_up_id = ?",
                        Integer.class,
                        followUpId))
                .isEqualTo(goals.size());
    }

    @Test
    void shouldRefuseEveryBadMissingAnswerFormAndEveryBadRoundStartFormInTasklist() throws Exception {
        long followUpId = followUpAt(66_002);
        String businessKey = businessKeyOf(followUpId);
        String pid = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
        new AccessionDriver(engine).runJobsUntilAt(pid, AnnualFollowUpProcess.Elements.MISSING_ANSWER);
        Task missing = tasks.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(missing.getTaskDefinitionKey()).isEqualTo(AnnualFollowUpProcess.Elements.MISSING_ANSWER);
        runTaskEntries(
                "follow-up-missing-answer",
                missing,
                Map.of(AnnualFollowUpProcess.Variables.MISSING_ANSWER_NOTE, "Ringde kontaktpersonen."));
        HttpResponse<String> empty = rest.post(KIM, "/task/" + missing.getId() + "/submit-form", "{\"variables\":{}}");
        checks.expectRefused(
                "Tasklist submit-form Följ upp uteblivet svar (own field values)",
                Map.of("note", "no variables"),
                empty,
                EngineRestClient.message(empty));
        assertThat(tasks.createTaskQuery().taskId(missing.getId()).count())
                .as("the task is still open")
                .isOne();

        Map<String, Long> before = counts();
        String deadline = LocalDate.now(ClockConfig.SWEDEN).plusDays(40).toString();
        Map<String, Object> round = new LinkedHashMap<>(Map.of(
                "roundName",
                "Omgång 66",
                "invitationScope",
                "SELECTED",
                "selectedOrganisations",
                "Finns Inte AB 66",
                "invitationMessage",
                "Välkomna.",
                "roundDeadline",
                deadline));
        for (Map<String, Object> entry : newPaths("invitation-round-start")) {
            Map<String, Object> form = new LinkedHashMap<>(round);
            with(form, entry);
            HttpResponse<String> r =
                    rest.post(KIM, "/process-definition/key/invitation-round/submit-form", typedVariables(form, entry));
            checks.expectRefused(
                    "Tasklist submit-form invitation round start (own field values)",
                    entry,
                    r,
                    EngineRestClient.message(r));
        }
        for (Map<String, Object> entry : newPaths("follow-up-round-start")) {
            Map<String, Object> form = new LinkedHashMap<>(Map.of("followUpYear", (Object) 2025L));
            with(form, entry);
            HttpResponse<String> r = rest.post(
                    KIM, "/process-definition/key/annual-follow-up-round/submit-form", typedVariables(form, entry));
            checks.expectRefused(
                    "Tasklist submit-form follow-up round start (own field values)",
                    entry,
                    r,
                    EngineRestClient.message(r));
        }
        for (String key : List.of("invitation-round", "annual-follow-up-round")) {
            HttpResponse<String> direct = rest.post(
                    KIM,
                    "/process-definition/key/" + key + "/start",
                    "{\"variables\":{\"followUpYear\":{\"value\":\"abc\",\"type\":\"String\"}}}");
            checks.expectRefused(
                    "engine REST start (not the start form) " + key,
                    Map.of("note", "direct start"),
                    direct,
                    EngineRestClient.message(direct));
        }
        checks.assertNoFailures();
        assertThat(counts()).as("nothing started, nothing stored").isEqualTo(before);
    }

    // --- the invitation list: adding, importing, and the invitation link's parameter ----------------

    @Test
    void shouldRefuseEveryBadOrganisationAndImportFileAndShowAcceptedNamesEscaped() throws Exception {
        Map<String, Long> before = counts();
        String add = "/intern/inbjudningar/organisationer";
        for (Map<String, Object> entry : corpus("start-form-values.json")) {
            String field = Map.of(
                            "organisationName",
                            "name",
                            "organisationNumber",
                            "organisationNumber",
                            "contactEmail",
                            "email")
                    .get((String) entry.get("field"));
            if ("reject".equals(entry.get("expect"))
                    && field != null
                    && value(entry) instanceof String text
                    && !(text.isBlank()
                            && !"name".equals(field))) { // the list takes organisations without number or e-mail
                Map<String, Object> e = new LinkedHashMap<>(entry);
                e.put("field", field);
                check("POST " + add + " (shared field values)", e, internalForm(add, with(organisation(66_010), e)));
            }
        }
        for (Map<String, Object> entry : newPaths("add-organisation")) {
            check("POST " + add + " (own field values)", entry, internalForm(add, with(organisation(66_011), entry)));
        }
        for (Map<String, Object> u : corpus("imports.json")) {
            if ("either".equals(u.get("expect"))) {
                continue; // valid files in an unusual shape; imported below and shown escaped
            }
            byte[] content = importContent(u);
            check(
                    "POST /intern/inbjudningar/import (files)",
                    u,
                    internalUpload(
                            "/intern/inbjudningar/import",
                            (String) u.getOrDefault("part", "fil"),
                            (String) u.get("fileName"),
                            content));
        }
        for (String raw : list("tokens.json")) {
            String t = encode(raw);
            Map<String, Object> entry = Map.of("note", "token " + raw);
            check("GET /anslutning/inbjudan/{token} (bad tokens)", entry, client.get("/anslutning/inbjudan/" + t));
            HttpResponse<String> page = client.get("/anslutning?inbjudan=" + t);
            checks.count("GET /anslutning?inbjudan=<token> (bad tokens)", String.valueOf(page.statusCode()));
            if (page.statusCode() >= 500
                    || page.body().contains("<script>alert(1)</script>")
                    || page.body().toLowerCase().contains("set-cookie:x=1")) {
                checks.fail(
                        "GET /anslutning?inbjudan=" + raw + ": " + page.statusCode() + " " + abbreviate(page.body()));
            }
        }
        checks.assertNoFailures();
        assertThat(counts()).as("nothing stored").isEqualTo(before);

        // Accepted names, from the form and from a CSV with formulas, show escaped on the list; a round named with
        // markup (Tasklist's start form) shows escaped too.
        List<String> names = new ArrayList<>();
        int n = 66_020;
        for (String text : acceptedTexts()) {
            if (text.isBlank() || text.length() > 180) {
                continue;
            }
            String name = text + " " + n;
            HttpResponse<String> r = internalForm(add, organisationNamed(name, n++));
            checks.count("POST " + add + " (accepted, then checked escaped)", String.valueOf(r.statusCode()));
            if (r.statusCode() == 302) {
                names.add(name);
            } else {
                checks.expectRefused(
                        "POST " + add + " (accepted, then checked escaped)", Map.of("note", text), r, r.body());
            }
        }
        String csv = "namn;organisationsnummer;typ;kommunkod;e-post\n"
                + "\"=cmd|' /C calc'!A0\";" + TestAccessions.organisationNumber(66_060)
                + ";Statlig myndighet;;a66060@myndighet.example\n"
                + "<svg onload=alert(1)> 66061;" + TestAccessions.organisationNumber(66_061)
                + ";Region;;a66061@region.example\n";
        HttpResponse<String> imported =
                internalUpload("/intern/inbjudningar/import", "fil", "lista.csv", csv.getBytes(StandardCharsets.UTF_8));
        checks.count(
                "POST /intern/inbjudningar/import (accepted, then checked escaped)",
                String.valueOf(imported.statusCode()));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
        names.add("<svg onload=alert(1)> 66061");
        for (Map<String, Object> u : corpus("imports.json")) {
            if ("either".equals(u.get("expect"))) {
                HttpResponse<String> r = internalUpload(
                        "/intern/inbjudningar/import", "fil", (String) u.get("fileName"), importContent(u));
                checks.count(
                        "POST /intern/inbjudningar/import (unusual but valid files)", String.valueOf(r.statusCode()));
                if (r.statusCode() != 302) {
                    checks.expectRefused("POST /intern/inbjudningar/import (unusual but valid files)", u, r, r.body());
                }
            }
        }
        HttpResponse<String> started = rest.post(
                KIM,
                "/process-definition/key/invitation-round/submit-form",
                EngineRestClient.variables(Map.of(
                        "roundName",
                        "<script>alert('omgång')</script> 66",
                        "invitationScope",
                        "SELECTED",
                        "selectedOrganisations",
                        TestAccessions.organisationNumber(66_061),
                        "invitationMessage",
                        "<b>Välkomna</b>",
                        "roundDeadline",
                        LocalDate.now(ClockConfig.SWEDEN).plusDays(40).toString())));
        checks.count(
                "Tasklist submit-form invitation round start (valid, accepted)", String.valueOf(started.statusCode()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String list = internal("/intern/inbjudningar").body();
        for (String name : names) {
            assertNoRawMarkup("invitation list", list, name);
        }
        assertNoRawMarkup("invitation list", list, "<script>alert('omgång')</script> 66");
        assertThat(list).contains("=cmd|").contains("&lt;svg onload=alert(1)&gt; 66061");
        assertThat(names).hasSizeGreaterThan(15);
        checks.assertNoFailures();
    }

    // --- Tasklist task forms ------------------------------------------------------------------------

    private void runTaskEntries(String target, Task task, Map<String, Object> valid) throws Exception {
        String endpoint = "Tasklist submit-form " + task.getName() + " (own field values)";
        Map<String, Long> before = counts();
        for (Map<String, Object> entry : newPaths(target)) {
            Map<String, Object> form = new LinkedHashMap<>(valid);
            with(form, entry);
            HttpResponse<String> r =
                    rest.post(KIM, "/task/" + task.getId() + "/submit-form", typedVariables(form, entry));
            checks.expectRefused(endpoint, entry, r, EngineRestClient.message(r));
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                checks.fail(endpoint + " – " + entry.get("note") + ": the task was completed; the rest is skipped");
                return;
            }
        }
        if (!counts().equals(before)) {
            checks.fail("refused " + target + " forms stored something: " + before + " → " + counts());
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** Markup, SQL-shaped text, Unicode edge cases and spreadsheet formulas the text fields' rules allow. */
    private static List<String> acceptedTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> e : corpus("start-form-values.json")) {
            if ("either".equals(e.get("expect"))
                    && String.valueOf(e.get("note")).startsWith("escaped:")
                    && value(e) instanceof String s) {
                texts.add(s);
            }
        }
        texts.addAll(List.of(
                "=cmd|' /C calc'!A0",
                "+SUM(1+1)*cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0"));
        return texts;
    }

    private static boolean isAcceptedOnFollowUp(Map<String, Object> entry) {
        // The accession's own rules that the follow-up does not share: a required title and phone, a phone pattern.
        String field = (String) entry.get("field");
        Object v = value(entry);
        return ("contactTitle".equals(field) || "contactPhone".equals(field))
                        && (v == null || "".equals(v) || v instanceof String s && s.isBlank())
                || "contactPhone".equals(field)
                        && v instanceof String s
                        && s.length() <= 40
                        && !s.matches(".*[\\x00-\\x1F].*");
    }

    private long session(int capacity) {
        return sessions.create(TestSessions.inThirtyDays(
                        "Fientlig träff " + UUID.randomUUID(), "https://moten.example/jvg-66", capacity))
                .getId();
    }

    private static Map<String, Object> signUp(String organisation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organisationName", organisation);
        m.put("contactName", "Karin Svensson");
        m.put("contactEmail", "karin66@kommun.example");
        m.put("participants", 1);
        m.put("participantNames", "Karin Svensson");
        return m;
    }

    /** A registered accession with a year's follow-up, its request sent. */
    private long followUpAt(int n) {
        AnnualFollowUpService.Created created = followUps
                .createFor(TestFollowUps.joined(engine, jdbc, n).accessionId(), YEAR)
                .orElseThrow();
        new AccessionDriver(engine).runJobs(followUpGateway.start(created, YEAR));
        return created.followUpId();
    }

    private String businessKeyOf(long followUpId) {
        String caseNumber = jdbc.queryForObject(
                "select a.case_number from accession a join annual_follow_up f on "
                        + "f.accession_id = a.id where f.id = ?",
                String.class,
                followUpId);
        return AnnualFollowUpService.businessKey(caseNumber, YEAR);
    }

    private static Map<String, Object> answers(int goals, String done) {
        return TestFollowUps.answers(goals, done, "Handledning");
    }

    /** An answer with the entry's value; a new-contact field turns "contact changed" on with a valid contact. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withAnswer(Map<String, Object> answer, Map<String, Object> entry) {
        String field = (String) entry.get("field");
        if (field.startsWith("goals[0].")) {
            ((List<Map<String, Object>>) answer.get("goals"))
                    .get(0)
                    .put(field.substring("goals[0].".length()), value(entry));
            return answer;
        }
        if (field.startsWith("newContact")) {
            answer.put("contactChanged", true);
            answer.put("newContactName", "Nora Ny");
            answer.put("newContactEmail", "nora.ny@kommun.example");
        }
        answer.put(field.startsWith("+") ? field.substring(1) : field, value(entry));
        return answer;
    }

    private static Map<String, Object> organisation(int n) {
        return organisationNamed("Fientlig myndighet " + n, n);
    }

    private static Map<String, Object> organisationNamed(String name, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("organisationNumber", TestAccessions.organisationNumber(n));
        m.put("type", "STATLIG_MYNDIGHET");
        m.put("municipalityCode", "");
        m.put("email", "reg" + n + "@myndighet.example");
        return m;
    }

    /** An import file as stored: inline text, a file under hostile/imports/, or a recipe. */
    private static byte[] importContent(Map<String, Object> u) throws Exception {
        if (u.containsKey("text")) {
            return u.get("text").toString().getBytes(StandardCharsets.UTF_8);
        }
        if (u.containsKey("file")) {
            try (InputStream in = resource("imports/" + u.get("file"))) {
                return in.readAllBytes();
            }
        }
        int size = ((Number) u.getOrDefault("size", 0)).intValue();
        return switch (u.get("generate").toString()) {
            case "csv-rows" ->
                ("namn;organisationsnummer;typ;e-post\n"
                                + "Myndighet;212000-1356;Statlig myndighet;a@b.se\n".repeat(size))
                        .getBytes(StandardCharsets.UTF_8);
            case "csv-bytes" -> {
                byte[] content = new byte[size];
                java.util.Arrays.fill(content, (byte) 'x');
                yield content;
            }
            case "utf16-csv" -> "namn;typ\nMyndighet;Region\n".getBytes(StandardCharsets.UTF_16);
            case "truncated-xlsx" -> {
                byte[] whole = xlsx(new String[] {"Namn", "Typ"}, new String[] {"Region 66", "Region"});
                yield java.util.Arrays.copyOf(whole, whole.length / 2);
            }
            case "xlsx-formula" -> {
                try (XSSFWorkbook book = new XSSFWorkbook();
                        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    XSSFSheet sheet = book.createSheet("Organisationer");
                    Row head = sheet.createRow(0);
                    head.createCell(0).setCellValue("Namn");
                    head.createCell(1).setCellValue("Typ");
                    Row row = sheet.createRow(1);
                    row.createCell(0).setCellFormula("1/0");
                    row.createCell(1).setCellValue("Region");
                    book.write(out);
                    yield out.toByteArray();
                }
            }
            case "xlsx-rows" -> {
                String[][] rows = new String[size + 1][];
                rows[0] = new String[] {"Namn", "Typ"};
                for (int i = 1; i <= size; i++) {
                    rows[i] = new String[] {"Region " + i, "Region"};
                }
                yield xlsx(rows);
            }
            case "zip-bomb-xlsx" -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                    zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                    zip.write(
                            ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                                    .getBytes(StandardCharsets.UTF_8));
                    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                    byte[] row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                            .repeat(1000)
                            .getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < size / row.length; i++) {
                        zip.write(row);
                    }
                }
                yield bytes.toByteArray();
            }
            case "zip-not-xlsx" -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                    zip.putNextEntry(new ZipEntry("lista.txt"));
                    zip.write("namn;typ\nRegion;Region\n".getBytes(StandardCharsets.UTF_8));
                }
                yield bytes.toByteArray();
            }
            default -> throw new IllegalArgumentException(u.toString());
        };
    }

    private static byte[] xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Organisationer");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> xlsxRows(byte[] content) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Row r : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(f.formatCellValue(c)));
                rows.add(cells);
            }
        }
        return rows;
    }

    private void assertNoFormulaCells(byte[] content) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Row r : book.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        checks.fail("XLSX export has a formula cell: " + c.getCellFormula());
                    }
                }
            }
        }
    }

    private void check(String endpoint, Map<String, Object> entry, HttpResponse<String> r) {
        String message = r.body().startsWith("{") ? problemText(r) + " " + EngineRestClient.message(r) : r.body();
        checks.expectRefused(endpoint, entry, r, message);
    }

    private void assertNoRawMarkup(String where, String text, String value) {
        if (!(value.contains("<") || value.contains(">") || value.contains("\""))) {
            return;
        }
        String lower = text.toLowerCase();
        if (text.contains(value)
                || lower.contains("<script>alert")
                || lower.contains("<img src=x")
                || lower.contains("<svg onload")) {
            checks.fail(where + ": raw markup of " + abbreviate(value));
        }
    }

    private static List<Map<String, Object>> newPaths(String target) throws Exception {
        return corpus("new-paths-values.json").stream()
                .filter(e -> target.equals(e.get("target")))
                .toList();
    }

    // --- internal pages over HTTP as the caseworker (Basic, double-submit CSRF) ------------------------

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpRequest.Builder internalRequest(String path) {
        String credentials =
                Base64.getEncoder().encodeToString((KIM + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String csrf = "c" + UUID.randomUUID();
        return HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + credentials)
                .header("Cookie", "XSRF-TOKEN=" + csrf)
                .header("X-XSRF-TOKEN", csrf);
    }

    private HttpResponse<String> internal(String path) throws Exception {
        HttpResponse<String> r = http.send(internalRequest(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r;
    }

    private byte[] internalBytes(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(internalRequest(path).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> internalForm(String path, Map<String, Object> params) throws Exception {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> {
            if (v != null) {
                body.append(body.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return http.send(
                internalRequest(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> internalUpload(String path, String part, String fileName, byte[] content)
            throws Exception {
        String boundary = "----jvg" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                internalRequest(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Rows in every table these paths could write to, ours and the engine's. */
    private Map<String, Long> counts() {
        Map<String, Long> c = HostileChecks.rowCounts(
                jdbc,
                List.of(
                        "information_session",
                        "session_signup",
                        "annual_follow_up",
                        "annual_follow_up_answer",
                        "eligible_organisation",
                        "invitation_round",
                        "invitation",
                        "accession",
                        "access_token",
                        "notification",
                        "accession_status_change",
                        "ACT_RU_EXECUTION",
                        "ACT_RU_TASK",
                        "ACT_RU_JOB",
                        "ACT_RU_VARIABLE",
                        "ACT_HI_PROCINST",
                        "ACT_HI_TASKINST",
                        "ACT_GE_BYTEARRAY"));
        c.put(
                "tasks completed",
                jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where END_TIME_ is not null", Long.class));
        return c;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
