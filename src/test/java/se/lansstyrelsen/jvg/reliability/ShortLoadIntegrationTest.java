package se.lansstyrelsen.jvg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.EngineRestClient;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.PublicClient;
import se.lansstyrelsen.jvg.support.TestAccessions;
import se.lansstyrelsen.jvg.support.TestUsers;

/**
 * A short, bounded load in the suite (the full 60-second run is a documented command, docs/drift.md
 * "Lasttestet i full längd"): 16 concurrent submitters on the public API for {@code LOAD_SECONDS} while two caseworker
 * clients approve the cases over engine REST and the real job executor sends the e-mails. Zero errors, zero
 * lost cases, no incident, every receipt sent. Runs on H2 and PostgreSQL.
 *
 * <p>Heap: the test runs in the application's JVM, so it measures the used heap after a full GC
 * ({@code System.gc()}, which G1 runs as a full collection) after a warm-up and again after the load, once
 * the e-mails held by the in-process SMTP server are purged. What may stay is what the run stored: on H2 the
 * database lives in this heap, so the allowance is {@link #HEAP_MARGIN_BYTES} plus
 * {@link #HEAP_PER_CASE_BYTES} per created case; a leak per request (16 threads × hundreds of requests)
 * would exceed it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.admin-user.password=" + ShortLoadIntegrationTest.PASSWORD,
            "camunda.bpm.generate-unique-process-engine-name=false",
            "camunda.bpm.job-execution.enabled=true",
            "accession.public-form.rate-limit-requests=1000000"
        })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShortLoadIntegrationTest extends OwnMailServerTest {

    static final String PASSWORD = "Ld6!wqPe-13x";
    static final int LOAD_SECONDS = Integer.getInteger("jvg.load.seconds", 8);
    private static final int SUBMITTERS = 16;
    private static final String KIM = "kimlast";
    /** Fixed allowance for caches that fill during the first minutes (engine, JIT-compiled code stays off-heap). */
    static final long HEAP_MARGIN_BYTES = 24L * 1024 * 1024;
    /** Allowance per stored case: its rows in H2's in-memory database (case, process, history, sent log). */
    static final long HEAP_PER_CASE_BYTES = 64L * 1024;

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
    JdbcTemplate jdbc;

    @Test
    void shouldTakeSixteenConcurrentSubmittersAndCaseworkersWithoutAnErrorOrALostCase() throws Exception {
        TestUsers.ensure(identity, KIM, AccessionProcess.CASEWORKER_GROUP, PASSWORD);
        EngineRestClient rest = new EngineRestClient(port, PASSWORD);
        AtomicInteger next = new AtomicInteger(97_000);
        // Warm-up: the first requests fill the engine's and Spring's caches; those are not a leak.
        PublicClient warmUp = new PublicClient("http://localhost:" + port);
        Set<String> warmUpCases = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r =
                    warmUp.postJson("/api/accessions", TestAccessions.publicForm(next.getAndIncrement()));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            warmUpCases.add(PublicClient.json(r).get("caseNumber").toString());
        }
        awaitEmailJobs();
        mail().purgeEmailFromAllMailboxes();
        long heapBefore = usedHeapAfterFullGc();
        Set<String> created = ConcurrentHashMap.newKeySet();
        Set<String> approved = ConcurrentHashMap.newKeySet();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);

        ExecutorService threads = Executors.newFixedThreadPool(SUBMITTERS + 2);
        for (int s = 0; s < SUBMITTERS; s++) {
            threads.submit(() -> {
                PublicClient client = new PublicClient("http://localhost:" + port);
                while (System.nanoTime() < end) {
                    int n = next.getAndIncrement();
                    try {
                        HttpResponse<String> r = client.postJson("/api/accessions", TestAccessions.publicForm(n));
                        if (r.statusCode() == 201) {
                            created.add(PublicClient.json(r).get("caseNumber").toString());
                        } else {
                            errors.add("submission " + n + ": " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        errors.add("submission " + n + ": " + e);
                    }
                }
                return null;
            });
        }
        for (int c = 0; c < 2; c++) {
            threads.submit(() -> {
                while (System.nanoTime() < end) {
                    for (Task task : tasks.createTaskQuery()
                            .taskDefinitionKey(Elements.REVIEW)
                            .taskUnassigned()
                            .listPage(0, 5)) {
                        HttpResponse<String> r = rest.submitTaskForm(KIM, task.getId(), TestAccessions.approval());
                        if (r.statusCode() == 204) {
                            approved.add(task.getId());
                        } else if (r.statusCode() != 409 && r.statusCode() != 403) {
                            // 409: the other caseworker client took it first; 403: it was assigned to the other one
                            errors.add("approval: " + r.statusCode() + " " + r.body());
                        }
                    }
                    Thread.sleep(100);
                }
                return null;
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(LOAD_SECONDS + 120, TimeUnit.SECONDS))
                .isTrue();

        // The job executor finishes the e-mails of the last submissions.
        awaitEmailJobs();
        created.addAll(warmUpCases);
        int mails = mail().getReceivedMessages().length;
        mail().purgeEmailFromAllMailboxes();
        long heapAfter = usedHeapAfterFullGc();
        long allowance = HEAP_MARGIN_BYTES + HEAP_PER_CASE_BYTES * created.size();
        System.out.printf(
                "Short load: %d s, %d submitters, %d cases created, %d approvals, %d errors;"
                        + " used heap after full GC %d MiB before, %d MiB after (%+d KiB, allowed %d KiB)%n",
                LOAD_SECONDS,
                SUBMITTERS,
                created.size(),
                approved.size(),
                errors.size(),
                heapBefore >> 20,
                heapAfter >> 20,
                (heapAfter - heapBefore) >> 10,
                allowance >> 10);
        assertThat(errors).isEmpty();
        assertThat(created).hasSizeGreaterThan(SUBMITTERS);
        assertThat(approved).isNotEmpty();
        for (String caseNumber : created) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from accession where case_number = ?", Long.class, caseNumber))
                    .as(caseNumber)
                    .isEqualTo(1);
        }
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(AccessionProcess.KEY)
                        .count())
                .isEqualTo(created.size());
        assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
        assertThat(management.createJobQuery().messages().count())
                .as("e-mail jobs left")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where notification_type = 'RECEIPT' and status = 'SENT'",
                        Long.class))
                .isEqualTo(created.size());
        assertThat(mails)
                .as("receipt and notice per case (warm-up cases counted before the purge)")
                .isGreaterThanOrEqualTo(2 * (created.size() - warmUpCases.size()));
        assertThat(heapAfter - heapBefore)
                .as("used heap after a full GC: growth over the run")
                .isLessThanOrEqualTo(allowance);
    }

    private void awaitEmailJobs() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (management.createJobQuery().messages().withRetriesLeft().count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    /** Used heap after a full collection: System.gc() twice (the second catches what finalisation released). */
    static long usedHeapAfterFullGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        Thread.sleep(200);
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
