package se.lansstyrelsen.jvg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * Requests that meet at the same instant, over real HTTP against the application on a random port: two
 * caseworkers complete the same task (engine REST submit-form, as Tasklist), two completions of one case
 * arrive through the public link, 50 organisations submit together (also while the year changes). Each
 * race ends with one winner, a clear Swedish answer for the loser (never a 5xx) and one consistent case.
 * Runs on H2 and, in the Maven execution "postgres-integration", on PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.admin-user.password=" + ConcurrencyIntegrationTest.PASSWORD,
            // The engine REST API addresses the engine by the name "default".
            "camunda.bpm.generate-unique-process-engine-name=false",
            "accession.public-form.rate-limit-requests=100000"
        })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrencyIntegrationTest extends OwnMailServerTest {

    static final String PASSWORD = "Rq4!mzTe-81w";
    private static final String KIM = "kimkonkurrens";
    private static final String ALEX = "alexkonkurrens";
    private static final Pattern COMPLETION_LINK =
            Pattern.compile("href=\"(http[^\"]+/anslutning/komplettera/([A-Za-z0-9_-]+))\"");
    private static final AtomicInteger ORGANISATION = new AtomicInteger(71_000);

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
    private final ExecutorService pool = Executors.newFixedThreadPool(50);

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identity, KIM, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        TestUsers.ensure(identity, ALEX, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        rest = new EngineRestClient(port, PASSWORD);
        settings.setPublicBaseUrl("http://localhost:" + port);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        pool.shutdownNow();
    }

    @Test
    void shouldLetOneOfTwoCaseworkersCompletingTheSameTaskWinAndTellTheOtherInSwedish() throws Exception {
        for (int round = 0; round < 4; round++) {
            String caseNumber = submitPublicly(ORGANISATION.incrementAndGet());
            runJobs();
            String taskId = task(caseNumber, Elements.REVIEW).getId();

            List<HttpResponse<String>> answers = together(
                    () -> rest.submitTaskForm(KIM, taskId, TestAccessions.approval()),
                    () -> rest.submitTaskForm(ALEX, taskId, TestAccessions.approval()));

            List<Integer> codes =
                    answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(codes)
                    .as("round " + round + ": "
                            + answers.stream().map(HttpResponse::body).toList())
                    .containsExactly(204, 409);
            HttpResponse<String> loser = answers.stream()
                    .filter(r -> r.statusCode() == 409)
                    .findFirst()
                    .orElseThrow();
            assertThat(EngineRestClient.message(loser))
                    .contains("Uppgiften har redan slutförts")
                    .contains(caseNumber);
            assertThat(statusChanges(caseNumber)).containsExactly("SUBMITTED", "APPROVED");
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(caseNumber)
                            .list())
                    .extracting(Task::getTaskDefinitionKey)
                    .containsExactly(Elements.REGISTER);
        }
    }

    @Test
    void shouldAnswerACompletionOfAnAlreadyCompletedTaskWithAConflictNotAServerError() throws Exception {
        String caseNumber = submitPublicly(ORGANISATION.incrementAndGet());
        runJobs();
        String taskId = task(caseNumber, Elements.REVIEW).getId();
        assertThat(rest.submitTaskForm(KIM, taskId, TestAccessions.approval()).statusCode())
                .isEqualTo(204);

        HttpResponse<String> late = rest.submitTaskForm(ALEX, taskId, TestAccessions.approval());

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(EngineRestClient.message(late)).contains("Uppgiften har redan slutförts");
        assertThat(statusChanges(caseNumber)).containsExactly("SUBMITTED", "APPROVED");
    }

    @Test
    void shouldCorrelateOnlyOneOfTwoCompletionsArrivingTogetherThroughTheLink() throws Exception {
        for (int round = 0; round < 8; round++) {
            int n = ORGANISATION.incrementAndGet();
            String caseNumber = submitPublicly(n);
            runJobs();
            tasks.complete(
                    task(caseNumber, Elements.REVIEW).getId(), Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));
            tasks.complete(
                    task(caseNumber, Elements.CONTACT_CONTACT_PERSON).getId(),
                    Map.of(Variables.MISSING_INFORMATION, "Beslutsdatum saknas.", Variables.CONTACT_METHOD, "EMAIL"));
            runJobs();
            String token = completionToken(TestAccessions.contactEmail(n));
            PublicClient first = new PublicClient(baseUrl());
            PublicClient second = new PublicClient(baseUrl());
            Map<String, Object> data = data(first.get("/api/completions/" + token));
            Map<String, Object> a = new LinkedHashMap<>(data);
            a.put("decisionReference", "KS § A" + round);
            Map<String, Object> b = new LinkedHashMap<>(data);
            b.put("decisionReference", "KS § B" + round);

            List<HttpResponse<String>> answers = together(
                    () -> first.postJson("/api/completions/" + token, a),
                    () -> second.postJson("/api/completions/" + token, b));

            List<Integer> codes =
                    answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(codes)
                    .as("round " + round + ": "
                            + answers.stream().map(HttpResponse::body).toList())
                    .hasSize(2)
                    .contains(200)
                    .allMatch(c -> c == 200 || c == 404 || c == 409);
            assertThat(codes).as("exactly one completion accepted").containsOnlyOnce(200);
            HttpResponse<String> loser = answers.stream()
                    .filter(r -> r.statusCode() != 200)
                    .findFirst()
                    .orElseThrow();
            assertThat(loser.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(PublicClient.json(loser).get("detail").toString())
                    .isNotBlank()
                    .doesNotContain("Exception");
            String winner = answers.get(0).statusCode() == 200 ? "KS § A" + round : "KS § B" + round;
            assertThat(jdbc.queryForObject(
                            "select decision_reference from accession where case_number = ?", String.class, caseNumber))
                    .isEqualTo(winner);
            List<String> changes = statusChanges(caseNumber);
            assertThat(changes)
                    .as("one completion received")
                    .containsOnlyOnce("UNDER_REVIEW")
                    .last()
                    .isEqualTo("UNDER_REVIEW");
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(caseNumber)
                            .list())
                    .extracting(Task::getTaskDefinitionKey)
                    .containsExactly(Elements.REVIEW);
        }
    }

    @Test
    void shouldNumberFiftySimultaneousSubmissionsDistinctlyWithoutGaps() throws Exception {
        List<String> numbers = submitFiftyAtOnce(null);

        int year = Year.now(ClockConfig.SWEDEN).getValue();
        assertThat(numbers).hasSize(50).doesNotHaveDuplicates().allMatch(n -> n.startsWith("JVG-" + year + "-"));
        assertGapFree(numbers);
    }

    @Test
    void shouldNumberFiftySimultaneousSubmissionsAcrossTheYearChange() throws Exception {
        int year = Year.now(ClockConfig.SWEDEN).getValue() + 1; // a year no case of this context has been numbered in
        Date newYearsEve = Date.from(LocalDateTime.of(year, 12, 31, 23, 59, 59)
                .atZone(ClockConfig.SWEDEN)
                .toInstant());
        Date newYear = Date.from(LocalDateTime.of(year + 1, 1, 1, 0, 0, 1)
                .atZone(ClockConfig.SWEDEN)
                .toInstant());
        ClockUtil.setCurrentTime(newYearsEve);

        List<String> numbers = submitFiftyAtOnce(() -> {
            // Midnight strikes while the burst is under way: once some cases carry the old year's number.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && counter(year) < 10) {
                Thread.sleep(5);
            }
            ClockUtil.setCurrentTime(newYear);
            return null;
        });

        assertThat(numbers).hasSize(50).doesNotHaveDuplicates();
        Map<String, List<String>> byYear = new TreeMap<>();
        numbers.forEach(n -> byYear.computeIfAbsent(n.substring(4, 8), y -> new ArrayList<>())
                .add(n));
        assertThat(byYear.keySet()).containsExactly(String.valueOf(year), String.valueOf(year + 1));
        byYear.values().forEach(ConcurrencyIntegrationTest::assertGapFree);
        assertThat(byYear.get(String.valueOf(year + 1)))
                .as("the new year starts at 0001")
                .contains("JVG-" + (year + 1) + "-0001");
        assertThat(byYear.get(String.valueOf(year))).contains("JVG-" + year + "-0001");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** 50 organisations post the start form at the same instant; all must get 201. The case numbers. */
    private List<String> submitFiftyAtOnce(Callable<Void> meanwhile) throws Exception {
        List<PublicClient> clients = new ArrayList<>();
        List<Map<String, Object>> forms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            PublicClient client = new PublicClient(baseUrl());
            client.xsrf();
            clients.add(client);
            forms.add(TestAccessions.publicForm(ORGANISATION.incrementAndGet()));
        }
        long before = jdbc.queryForObject("select count(*) from accession", Long.class);
        CyclicBarrier start = new CyclicBarrier(50);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            PublicClient client = clients.get(i);
            Map<String, Object> form = forms.get(i);
            futures.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return client.postJson("/api/accessions", form);
            }));
        }
        Future<Void> side =
                meanwhile == null ? null : Executors.newSingleThreadExecutor().submit(meanwhile);
        List<String> numbers = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            HttpResponse<String> r = f.get(180, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            numbers.add(PublicClient.json(r).get("caseNumber").toString());
        }
        if (side != null) {
            side.get(10, TimeUnit.SECONDS);
        }
        assertThat(jdbc.queryForObject("select count(*) from accession", Long.class))
                .isEqualTo(before + 50);
        for (String n : numbers) {
            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(n)
                            .count())
                    .as(n)
                    .isEqualTo(1);
        }
        return numbers;
    }

    private static void assertGapFree(List<String> numbers) {
        List<Integer> sequence = numbers.stream()
                .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        int first = sequence.get(0);
        assertThat(sequence)
                .as("consecutive numbers")
                .isEqualTo(java.util.stream.IntStream.range(first, first + sequence.size())
                        .boxed()
                        .toList());
    }

    private long counter(int year) {
        List<Long> v = jdbc.queryForList(
                "select last_value from case_number_counter where counter_year = ?", Long.class, year);
        return v.isEmpty() ? 0 : v.get(0);
    }

    @SafeVarargs
    private List<HttpResponse<String>> together(Callable<HttpResponse<String>>... calls) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(calls.length);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Callable<HttpResponse<String>> call : calls) {
            futures.add(pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            answers.add(f.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }

    private String submitPublicly(int n) throws Exception {
        HttpResponse<String> r = new PublicClient(baseUrl()).postJson("/api/accessions", TestAccessions.publicForm(n));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return PublicClient.json(r).get("caseNumber").toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(HttpResponse<String> prefill) {
        assertThat(prefill.statusCode()).as(prefill.body()).isEqualTo(200);
        return (Map<String, Object>) PublicClient.json(prefill).get("data");
    }

    private String completionToken(String email) throws Exception {
        for (MimeMessage m : mail().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)
                    && m.getSubject().startsWith("Komplettering")) {
                Matcher link = COMPLETION_LINK.matcher((String) m.getContent());
                assertThat(link.find()).isTrue();
                return link.group(2);
            }
        }
        throw new AssertionError("no completion request to " + email);
    }

    private void runJobs() {
        new AccessionDriver(engine).runDueJobs();
    }

    private List<String> statusChanges(String caseNumber) {
        return jdbc.queryForList(
                "select c.status from accession_status_change c join accession a on a.id = c.accession_id"
                        + " where a.case_number = ? order by c.id",
                String.class,
                caseNumber);
    }

    private Task task(String caseNumber, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
