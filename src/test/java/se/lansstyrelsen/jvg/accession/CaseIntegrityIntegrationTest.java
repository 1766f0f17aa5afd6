package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway.Withdrawal;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * A case changes only through its own task, by its allowed next step, by someone entitled to take it:
 * each move a caseworker, a manager or an administrator could try over the engine REST API (the calls
 * Tasklist and Cockpit make) against the application on a random port. Runs on H2 and, in the Maven
 * execution "postgres-integration", again on PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.admin-user.password=" + CaseIntegrityIntegrationTest.PASSWORD,
            // The engine REST API addresses the engine by the name "default" (the test profile makes names unique).
            "camunda.bpm.generate-unique-process-engine-name=false"
        })
@ActiveProfiles("test")
// The engine named "default" must not outlive this class: process tests expect a single registered engine.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CaseIntegrityIntegrationTest extends OwnMailServerTest {

    static final String PASSWORD = "Kw7#plXq-93z";
    private static final String KIM = "kimhandlaggare";
    private static final String ALEX = "alexhandlaggare";
    private static final String MIA = "miachef";
    private static final AtomicInteger ORGANISATION = new AtomicInteger(61_000);

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
    HistoryService history;

    @Autowired
    AccessionRepository accessions;

    @Autowired
    AccessionProcessGateway gateway;

    @Autowired
    ObjectMapper json;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void users() {
        user(KIM, AccessionProcess.CASEWORKER_GROUP);
        user(ALEX, AccessionProcess.CASEWORKER_GROUP);
        user(MIA, AccessionProcess.MANAGER_GROUP);
    }

    @Test
    void shouldRefuseAForeignAccessionIdOnCompletionAndKeepBothCasesAsTheyWere() throws Exception {
        String a = startAsCaseworker(KIM);
        String b = startAsCaseworker(KIM);
        Long idOfB = accessions.findByCaseNumber(b).orElseThrow().getId();

        Map<String, Object> approvalWithForeignId = new LinkedHashMap<>(TestAccessions.approval());
        approvalWithForeignId.put(Variables.ACCESSION_ID, idOfB);
        HttpResponse<String> refused = post(
                KIM, "/task/" + task(a, Elements.REVIEW).getId() + "/submit-form", variables(approvalWithForeignId));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(message(refused)).contains("tar inte emot fältet \"accessionId\"");
        assertThat(status(a)).isEqualTo(AccessionStatus.SUBMITTED);
        assertThat(status(b)).isEqualTo(AccessionStatus.SUBMITTED);
        assertThat(task(a, Elements.REVIEW)).isNotNull();
        assertThat(runtime.getVariable(processOf(a), Variables.ACCESSION_ID)).isNotEqualTo(idOfB);
    }

    @Test
    void shouldTakeTheCaseFromTheBusinessKeyEvenWhenAVariableNamesAnotherCase() {
        String a = startAsCaseworker(KIM);
        String b = startAsCaseworker(KIM);
        // Past every guard (the application's own, unauthenticated call): the variable points at case B.
        runtime.setVariable(
                processOf(a),
                Variables.ACCESSION_ID,
                accessions.findByCaseNumber(b).orElseThrow().getId());

        tasks.complete(task(a, Elements.REVIEW).getId(), TestAccessions.approval());
        tasks.complete(task(a, Elements.REGISTER).getId(), TestAccessions.registration());

        assertThat(status(a)).isEqualTo(AccessionStatus.REGISTERED);
        assertThat(status(b)).isEqualTo(AccessionStatus.SUBMITTED);
        assertThat(joinedAt(b)).isNull();
    }

    @Test
    void shouldRefuseAChangedReadOnlyCaseNumberButAcceptItSentBackUnchanged() throws Exception {
        String a = startAsCaseworker(KIM);
        Map<String, Object> form = new LinkedHashMap<>(TestAccessions.approval());
        form.put(Variables.CASE_NUMBER, "JVG-2099-9999");
        String taskId = task(a, Elements.REVIEW).getId();

        HttpResponse<String> refused = post(KIM, "/task/" + taskId + "/submit-form", variables(form));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(message(refused)).contains("visas bara och kan inte ändras");
        assertThat(runtime.getVariable(processOf(a), Variables.CASE_NUMBER)).isEqualTo(a);

        // Tasklist sends the read-only fields back as they were: that completes the task.
        form.put(Variables.CASE_NUMBER, a);
        form.put("organisationName", runtime.getVariable(processOf(a), "organisationName"));
        form.put("otherGoalMakt", ""); // an empty read-only field for a variable that does not exist
        assertThat(post(KIM, "/task/" + taskId + "/submit-form", variables(form))
                        .statusCode())
                .isEqualTo(204);
        assertThat(status(a)).isEqualTo(AccessionStatus.APPROVED);
    }

    @Test
    void shouldRefuseDirectVariableUpdatesOnTasksAndInstances() throws Exception {
        String a = startAsCaseworker(KIM);
        String taskId = task(a, Elements.REVIEW).getId();
        String pid = processOf(a);
        String foreignId = "{\"value\": 1, \"type\": \"Long\"}";

        assertThat(put(KIM, "/task/" + taskId + "/variables/" + Variables.ACCESSION_ID, foreignId)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(
                                KIM,
                                "/task/" + taskId + "/variables",
                                "{\"modifications\": {\"reviewOutcome\":"
                                        + " {\"value\": \"APPROVE\", \"type\": \"String\"}}}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(put(KIM, "/process-instance/" + pid + "/variables/" + Variables.ACCESSION_ID, foreignId)
                        .statusCode())
                .isEqualTo(403);
        assertThat(put(
                                MIA,
                                "/process-instance/" + pid + "/variables/" + Variables.CASE_NUMBER,
                                "{\"value\": \"JVG-2099-9999\", \"type\": \"String\"}")
                        .statusCode())
                .isEqualTo(403);
        // Even the administrator, who may edit other variables in Cockpit, cannot change the case's identity.
        HttpResponse<String> admin = put(
                "admin",
                "/process-instance/" + pid + "/variables/" + Variables.CASE_NUMBER,
                "{\"value\": \"JVG-2099-9999\", \"type\": \"String\"}");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(message(admin)).contains("sätts av systemet");

        assertThat(runtime.getVariable(pid, Variables.ACCESSION_ID))
                .isEqualTo(accessions.findByCaseNumber(a).orElseThrow().getId());
        assertThat(runtime.getVariable(pid, Variables.CASE_NUMBER)).isEqualTo(a);
        assertThat(runtime.getVariable(pid, Variables.REVIEW_OUTCOME)).isNull();
    }

    @Test
    void shouldAllocateTheCaseNumberAndRefuseOneChosenByTheCaller() throws Exception {
        Map<String, Object> start = TestAccessions.startVariables(ORGANISATION.incrementAndGet());
        long before = accessions.count();

        HttpResponse<String> chosenKey = post(
                KIM,
                "/process-definition/key/accession/submit-form",
                withBusinessKey("JVG-2099-9999", variables(start)));
        assertThat(chosenKey.statusCode()).isEqualTo(400);
        assertThat(message(chosenKey)).contains("Ärendenumret sätts av systemet");

        Map<String, Object> smuggled = new LinkedHashMap<>(start);
        smuggled.put(Variables.CASE_NUMBER, "JVG-2099-9999");
        HttpResponse<String> withCaseNumber =
                post(KIM, "/process-definition/key/accession/submit-form", variables(smuggled));
        assertThat(withCaseNumber.statusCode()).isEqualTo(400);
        assertThat(message(withCaseNumber)).contains("har inget fält \"caseNumber\"");

        HttpResponse<String> plainStart = post(
                KIM, "/process-definition/key/accession/start", withBusinessKey("JVG-2099-9998", variables(start)));
        assertThat(plainStart.statusCode()).isEqualTo(403);
        assertThat(message(plainStart)).contains("startas med anslutningsblanketten");
        assertThat(accessions.count()).isEqualTo(before);
        assertThat(accessions.findByCaseNumber("JVG-2099-9999")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("JVG-2099-9998")
                        .count())
                .isZero();

        HttpResponse<String> started = post(KIM, "/process-definition/key/accession/submit-form", variables(start));
        assertThat(started.statusCode()).isEqualTo(200);
        String caseNumber = json.readTree(started.body()).get("businessKey").asText();
        assertThat(caseNumber).matches("JVG-" + Year.now().getValue() + "-\\d{4}");
        assertThat(accessions.findByCaseNumber(caseNumber)).isPresent();
    }

    @Test
    void shouldNotLetACaseworkerCompleteAColleaguesTaskUntilItIsReassigned() throws Exception {
        String a = startAsCaseworker(KIM);
        String taskId = task(a, Elements.REVIEW).getId();
        assertThat(post(KIM, "/task/" + taskId + "/claim", "{\"userId\": \"" + KIM + "\"}")
                        .statusCode())
                .isEqualTo(204);

        HttpResponse<String> colleague =
                post(ALEX, "/task/" + taskId + "/submit-form", variables(TestAccessions.approval()));
        assertThat(colleague.statusCode()).isEqualTo(403);
        assertThat(message(colleague)).contains("är tilldelad " + KIM);
        assertThat(status(a)).isEqualTo(AccessionStatus.SUBMITTED);

        // An explicit reassignment, which Camunda records in the operation log, lets the colleague finish.
        assertThat(post(ALEX, "/task/" + taskId + "/assignee", "{\"userId\": \"" + ALEX + "\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(history.createUserOperationLogQuery()
                        .taskId(taskId)
                        .operationType("Assign")
                        .userId(ALEX)
                        .count())
                .isEqualTo(1);
        assertThat(post(ALEX, "/task/" + taskId + "/submit-form", variables(TestAccessions.approval()))
                        .statusCode())
                .isEqualTo(204);
        assertThat(status(a)).isEqualTo(AccessionStatus.APPROVED);
    }

    @Test
    void shouldLetTheApproverAlsoRegisterWhenFourEyesIsOffAsByDefault() throws Exception {
        String a = startAsCaseworker(KIM);
        assertThat(post(
                                KIM,
                                "/task/" + task(a, Elements.REVIEW).getId() + "/submit-form",
                                variables(TestAccessions.approval()))
                        .statusCode())
                .isEqualTo(204);
        assertThat(post(
                                KIM,
                                "/task/" + task(a, Elements.REGISTER).getId() + "/submit-form",
                                variables(TestAccessions.registration()))
                        .statusCode())
                .isEqualTo(204);
        assertThat(status(a)).isEqualTo(AccessionStatus.REGISTERED);
    }

    @Test
    void shouldNeverLetAManagerChangeACase() throws Exception {
        String a = startAsCaseworker(KIM);
        String taskId = task(a, Elements.REVIEW).getId();

        assertThat(post(MIA, "/task/" + taskId + "/submit-form", variables(TestAccessions.approval()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(MIA, "/task/" + taskId + "/claim", "{\"userId\": \"" + MIA + "\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(
                                MIA,
                                "/process-definition/key/accession/submit-form",
                                variables(TestAccessions.startVariables(ORGANISATION.incrementAndGet())))
                        .statusCode())
                .isEqualTo(403);
        assertThat(status(a)).isEqualTo(AccessionStatus.SUBMITTED);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void shouldRefuseAWithdrawalThatLostTheRaceAgainstRegistration() {
        String a = startAsCaseworker(KIM);
        tasks.complete(task(a, Elements.REVIEW).getId(), TestAccessions.approval());
        tasks.complete(task(a, Elements.REGISTER).getId(), TestAccessions.registration());
        // Registered and committed; the confirmation e-mail job still waits, so the process still runs and
        // the organisation's withdrawal message can still be correlated.
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(a)
                        .count())
                .isEqualTo(1);

        assertThat(gateway.withdraw(a, "För sent")).isEqualTo(Withdrawal.CONFLICT);

        assertThat(status(a)).isEqualTo(AccessionStatus.REGISTERED);
        assertThat(joinedAt(a)).isNotNull();
        assertThat(jdbc.queryForList(
                        "select c.status from accession_status_change c join accession a on a.id = c.accession_id"
                                + " where a.case_number = ?",
                        String.class,
                        a))
                .containsExactly("SUBMITTED", "APPROVED", "REGISTERED");
    }

    @Test
    void shouldRefuseASecondOpenCaseForTheSameOrganisationFromTasklist() throws Exception {
        int n = ORGANISATION.incrementAndGet();
        String first = startAsCaseworker(KIM, n);

        HttpResponse<String> second =
                post(KIM, "/process-definition/key/accession/submit-form", variables(TestAccessions.startVariables(n)));

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(message(second)).contains("redan ett pågående anslutningsärende (" + first + ")");
        assertThat(jdbc.queryForObject(
                        "select count(*) from accession a join organisation o on o.id = a.organisation_id"
                                + " where o.organisation_number = ?",
                        Long.class,
                        TestAccessions.organisationNumber(n)))
                .isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String startAsCaseworker(String user) {
        return startAsCaseworker(user, ORGANISATION.incrementAndGet());
    }

    /** Starts a case as Tasklist does (submit-form as a caseworker), runs the receipt job; the case number. */
    private String startAsCaseworker(String user, int n) {
        try {
            HttpResponse<String> r = post(
                    user, "/process-definition/key/accession/submit-form", variables(TestAccessions.startVariables(n)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            String caseNumber = json.readTree(r.body()).get("businessKey").asText();
            new AccessionDriver(engine).runJob(processOf(caseNumber), Elements.SEND_RECEIPT);
            return caseNumber;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String processOf(String caseNumber) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
    }

    private Task task(String caseNumber, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private java.sql.Timestamp joinedAt(String caseNumber) {
        return jdbc.queryForObject(
                "select o.joined_at from organisation o join accession a on a.organisation_id = o.id"
                        + " where a.case_number = ?",
                java.sql.Timestamp.class,
                caseNumber);
    }

    private AccessionStatus status(String caseNumber) {
        return accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus();
    }

    /** {"variables": {...}} in the engine REST's typed form; lists and Json values become Json. */
    private String variables(Map<String, Object> values) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Object plain = v instanceof org.camunda.bpm.engine.variable.value.TypedValue t ? t.getValue() : v;
            if (plain instanceof org.camunda.spin.json.SpinJsonNode || plain instanceof List<?>) {
                typed.put(
                        k,
                        Map.of(
                                "value",
                                plain.toString().startsWith("[") ? plain.toString() : writeJson(plain),
                                "type",
                                "Json"));
            } else if (plain instanceof Long || plain instanceof Integer) {
                typed.put(k, Map.of("value", plain, "type", "Long"));
            } else if (plain instanceof Boolean) {
                typed.put(k, Map.of("value", plain, "type", "Boolean"));
            } else {
                typed.put(k, Map.of("value", plain == null ? "" : plain.toString(), "type", "String"));
            }
        });
        return json.writeValueAsString(Map.of("variables", typed));
    }

    /** The body with a business key beside the variables, as Tasklist's start dialog can send it. */
    private static String withBusinessKey(String businessKey, String variablesBody) {
        return "{\"businessKey\": \"" + businessKey + "\", " + variablesBody.substring(1);
    }

    private String writeJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String message(HttpResponse<String> response) throws Exception {
        JsonNode body = json.readTree(response.body());
        return body.path("message").asText();
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String user, String path, String body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + credentials)
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/engine-rest" + path);
    }

    private void user(String id, String group) {
        TestUsers.ensure(identity, id, group, PASSWORD);
    }
}
