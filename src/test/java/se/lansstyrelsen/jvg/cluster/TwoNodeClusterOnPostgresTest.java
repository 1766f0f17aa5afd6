package se.lansstyrelsen.jvg.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.lansstyrelsen.jvg.AccessionApplication;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.GreenMailServer;
import se.lansstyrelsen.jvg.support.PostgresTestDatabase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The cluster, proven: two application nodes (two Spring contexts, each with its own engine and job
 * executor) on one throwaway PostgreSQL database and one SMTP server. 200 accessions go through receipt,
 * review, registration and confirmation; in the middle of the confirmations node B dies abruptly and
 * node A takes over B's locked jobs once their locks expire.
 *
 * <p>"Abruptly" here: B's job acquisition stops and its job thread pool is shut down at once, dropping the
 * jobs it had acquired and queued (they stay locked in the database with B as lock owner); jobs already
 * running finish. Nothing of B runs afterwards and B never unlocks anything (its context is closed only
 * at the very end). A kill -9 would in addition abort the running jobs, whose transactions PostgreSQL
 * rolls back, so they too would be taken over after the lock expires.
 *
 * <p>Jobs per node are counted from Camunda's job log, which records the executing engine's host name
 * (set per node with the generic property "hostname").
 */
class TwoNodeClusterOnPostgresTest {

    private static final Logger LOG = LoggerFactory.getLogger(TwoNodeClusterOnPostgresTest.class);
    private static final int ACCESSIONS = 200;
    private static final int LOCK_TIME_MS = 8000;
    private static final String CASEWORKER_MAILBOX = "handlaggare.jamstalldhet@lansstyrelsen.example";

    @Test
    void shouldRunTwoHundredAccessionsOnTwoNodesAndTakeOverTheJobsOfANodeThatDies() throws Exception {
        long started = System.nanoTime();
        GreenMail mail = GreenMailServer.start();
        PostgresTestDatabase database = PostgresTestDatabase.create();
        ConfigurableApplicationContext nodeA = null;
        ConfigurableApplicationContext nodeB = null;
        ExecutorService drivers = Executors.newFixedThreadPool(4);
        try {
            // B starts after A: only one node creates Camunda's schema and runs Flyway on the empty database.
            nodeA = startNode("node-a", database, mail);
            nodeB = startNode("node-b", database, mail);
            long nodesUp = System.nanoTime();
            ProcessEngine a = nodeA.getBean(ProcessEngine.class);
            ProcessEngine b = nodeB.getBean(ProcessEngine.class);
            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
            Function<Integer, ProcessEngine> alternate = i -> i % 2 == 0 ? a : b;

            // Receipt: 200 submissions through both nodes; the receipt jobs run on both job executors.
            String definitionId = a.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(AccessionProcess.KEY)
                    .latestVersion()
                    .singleResult()
                    .getId();
            parallel(
                    drivers,
                    IntStream.range(0, ACCESSIONS).boxed().toList(),
                    i -> alternate
                            .apply(i)
                            .getFormService()
                            .submitStartForm(definitionId, TestAccessions.startVariables(i)));
            waitFor("all review tasks", Duration.ofSeconds(120), () -> openTasks(a, Elements.REVIEW) == ACCESSIONS);

            // Review: approve every case, alternating nodes.
            List<Task> reviews = a.getTaskService()
                    .createTaskQuery()
                    .taskDefinitionKey(Elements.REVIEW)
                    .list();
            parallel(
                    drivers,
                    IntStream.range(0, reviews.size()).boxed().toList(),
                    i -> alternate
                            .apply(i)
                            .getFormService()
                            .submitTaskForm(reviews.get(i).getId(), TestAccessions.approval()));
            assertThat(openTasks(a, Elements.REGISTER)).isEqualTo(ACCESSIONS);

            // Registration, first half through both nodes: confirmation jobs pile up on both job executors.
            List<Task> registrations = a.getTaskService()
                    .createTaskQuery()
                    .taskDefinitionKey(Elements.REGISTER)
                    .list();
            int half = registrations.size() / 2;
            parallel(
                    drivers,
                    IntStream.range(0, half).boxed().toList(),
                    i -> alternate
                            .apply(i)
                            .getFormService()
                            .submitTaskForm(registrations.get(i).getId(), TestAccessions.registration()));

            // Node B dies while it holds acquired jobs (2 running + at least 2 queued).
            JobExecutor executorB = nodeB.getBean(JobExecutor.class);
            String ownerB = executorB.getLockOwner();
            waitFor("node B holding queued jobs", Duration.ofSeconds(60), () -> lockedBy(jdbc, ownerB) >= 4);
            long crashAt = System.nanoTime();
            Timestamp crashTime = new Timestamp(System.currentTimeMillis());
            int droppedBatches = crash(executorB);
            List<Map<String, Object>> orphans =
                    jdbc.queryForList("select ID_, LOCK_EXP_TIME_ from ACT_RU_JOB where LOCK_OWNER_ = ?", ownerB);
            LOG.info(
                    "Node B crashed: {} queued batches dropped, {} jobs left locked by B",
                    droppedBatches,
                    orphans.size());
            assertThat(orphans).as("jobs node B had locked but not run").isNotEmpty();

            // Registration, second half through the surviving node only.
            parallel(
                    drivers,
                    IntStream.range(half, registrations.size()).boxed().toList(),
                    i -> a.getFormService()
                            .submitTaskForm(registrations.get(i).getId(), TestAccessions.registration()));
            waitFor(
                    "every accession registered",
                    Duration.ofSeconds(120),
                    () -> a.getHistoryService()
                                    .createHistoricProcessInstanceQuery()
                                    .processDefinitionKey(AccessionProcess.KEY)
                                    .finished()
                                    .count()
                            == ACCESSIONS);
            long finished = System.nanoTime();

            // Every instance ended as "Ansluten".
            assertThat(a.getRuntimeService().createProcessInstanceQuery().count())
                    .isZero();
            assertThat(a.getHistoryService()
                            .createHistoricActivityInstanceQuery()
                            .activityId(Elements.REGISTERED)
                            .count())
                    .isEqualTo(ACCESSIONS);
            assertThat(jdbc.queryForObject("select count(*) from accession where status = 'REGISTERED'", Integer.class))
                    .isEqualTo(ACCESSIONS);
            assertThat(a.getManagementService()
                            .createJobQuery()
                            .processDefinitionKey(AccessionProcess.KEY)
                            .count())
                    .as("accession jobs left")
                    .isZero(); // the yearly follow-up's timer start waits for its date
            assertThat(a.getRuntimeService().createIncidentQuery().count())
                    .as("incidents")
                    .isZero();

            // No activity ran twice in any instance, and every job succeeded exactly once.
            assertThat(jdbc.queryForList(
                            "select PROC_INST_ID_, ACT_ID_ from ACT_HI_ACTINST group by PROC_INST_ID_, ACT_ID_"
                                    + " having count(*) > 1"))
                    .as("activities run twice")
                    .isEmpty();
            assertThat(jdbc.queryForList("select PROCESS_INSTANCE_ID_, ACT_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
                            + " group by PROCESS_INSTANCE_ID_, ACT_ID_ having count(*) > 1"))
                    .as("jobs succeeded twice")
                    .isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2", Integer.class))
                    .as("receipt + confirmation per accession")
                    .isEqualTo(2 * ACCESSIONS);

            // Every e-mail exactly once: 3 per accession in GreenMail, and a single SENT row per e-mail in the
            // sent-log.
            MimeMessage[] received = mail.getReceivedMessages();
            Map<String, Long> bySubjectAndRecipient = java.util.Arrays.stream(received)
                    .collect(Collectors.groupingBy(TwoNodeClusterOnPostgresTest::key, Collectors.counting()));
            assertThat(received).hasSize(3 * ACCESSIONS);
            assertThat(bySubjectAndRecipient.values())
                    .as("e-mails delivered more than once")
                    .allMatch(c -> c == 1);
            for (int i = 0; i < ACCESSIONS; i++) {
                assertThat(mail.getReceivedMessagesForDomain(TestAccessions.contactEmail(i)))
                        .hasSize(2);
            }
            assertThat(mail.getReceivedMessagesForDomain(CASEWORKER_MAILBOX)).hasSize(ACCESSIONS);
            assertThat(jdbc.queryForList("select status, count(*) as n from notification group by status"))
                    .containsExactly(Map.of("status", "SENT", "n", (long) 3 * ACCESSIONS));

            // B's locked jobs were run by A, and only after their locks had expired.
            Map<String, Long> jobsPerNode = jdbc
                    .queryForList("select HOSTNAME_ as node, count(*) as n from ACT_HI_JOB_LOG"
                            + " where JOB_STATE_ = 2 group by HOSTNAME_")
                    .stream()
                    .collect(Collectors.toMap(r -> (String) r.get("node"), r -> ((Number) r.get("n")).longValue()));
            for (Map<String, Object> orphan : orphans) {
                Map<String, Object> run = jdbc.queryForMap(
                        "select HOSTNAME_ as node, TIMESTAMP_ as at from ACT_HI_JOB_LOG"
                                + " where JOB_ID_ = ? and JOB_STATE_ = 2",
                        orphan.get("ID_"));
                assertThat(run.get("node")).isEqualTo("node-a");
                assertThat((Timestamp) run.get("at")).isAfterOrEqualTo((Timestamp) orphan.get("LOCK_EXP_TIME_"));
            }
            assertThat(jobsPerNode).containsOnlyKeys("node-a", "node-b");
            assertThat(jobsPerNode.get("node-b"))
                    .as("node B worked before it died")
                    .isPositive();
            Map<String, Long> beforeCrash = jdbc
                    .queryForList(
                            "select HOSTNAME_ as node, count(*) as n from ACT_HI_JOB_LOG"
                                    + " where JOB_STATE_ = 2 and TIMESTAMP_ < ? group by HOSTNAME_",
                            crashTime)
                    .stream()
                    .collect(Collectors.toMap(r -> (String) r.get("node"), r -> ((Number) r.get("n")).longValue()));
            int failedAttempts =
                    jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1", Integer.class);

            LOG.warn(String.format(
                    "%n=== Cluster test: %d accessions, 2 nodes on PostgreSQL ===%n"
                            + "  nodes started in %.1f s; accessions driven and finished in %.1f s (total incl. start %.1f s)%n"
                            + "  successful jobs per node: %s; before node B crashed (%.1f s into the run): %s%n"
                            + "  jobs left locked by B at the crash: %d, all run by node A after lock expiry (lock time %d ms)%n"
                            + "  failed job attempts (retried): %d; e-mails: %d, each exactly once%n",
                    ACCESSIONS,
                    seconds(nodesUp - started),
                    seconds(finished - nodesUp),
                    seconds(finished - started),
                    jobsPerNode,
                    seconds(crashAt - nodesUp),
                    beforeCrash,
                    orphans.size(),
                    LOCK_TIME_MS,
                    failedAttempts,
                    received.length));
        } finally {
            drivers.shutdownNow();
            if (nodeB != null) {
                nodeB.close();
            }
            if (nodeA != null) {
                nodeA.close();
            }
            database.close();
            mail.stop();
        }
    }

    private static ConfigurableApplicationContext startNode(
            String name, PostgresTestDatabase database, GreenMail mail) {
        return new SpringApplicationBuilder(AccessionApplication.class)
                .profiles("test", "postgres")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.hikari.maximum-pool-size=12",
                        "--spring.datasource.hikari.minimum-idle=2",
                        "--spring.mail.port=" + mail.getSmtp().getPort(),
                        "--spring.jmx.enabled=false",
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.core-pool-size=2",
                        "--camunda.bpm.job-execution.max-pool-size=2",
                        "--camunda.bpm.job-execution.queue-capacity=3",
                        "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
                        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MS,
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000");
    }

    /** Stops B's acquisition and kills its job thread pool; returns how many queued job batches were dropped. */
    private static int crash(JobExecutor executor) throws InterruptedException {
        executor.getAcquireJobsRunnable().stop();
        ThreadPoolExecutor pool =
                ((ThreadPoolTaskExecutor) ((SpringJobExecutor) executor).getTaskExecutor()).getThreadPoolExecutor();
        int dropped = pool.shutdownNow().size();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS))
                .as("running jobs of B finished")
                .isTrue();
        return dropped;
    }

    private static long openTasks(ProcessEngine engine, String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(taskKey)
                .count();
    }

    private static int lockedBy(JdbcTemplate jdbc, String owner) {
        return jdbc.queryForObject("select count(*) from ACT_RU_JOB where LOCK_OWNER_ = ?", Integer.class, owner);
    }

    private static <T> void parallel(ExecutorService pool, List<T> items, java.util.function.Consumer<T> work)
            throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> work.accept(item)));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static String key(MimeMessage m) {
        try {
            return m.getAllRecipients()[0] + " | " + m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
