package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * Issue 8: no thread holds a connection of a pool while it waits for another one of the same pool.
 * The main pool is shrunk to a single connection after start-up (Flyway needs two while it migrates),
 * so any submission or e-mail job that took a second
 * connection from it (as the sent-log, the case-number allocator and the secure-link issue once did
 * with REQUIRES_NEW) would wait for itself until the pool's timeout and fail. Submissions over HTTP and
 * e-mail jobs run concurrently; all must succeed. (On PostgreSQL, in the suite's second pass, the
 * test database's own pool size applies.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.minimum-idle=1",
            "spring.datasource.hikari.connection-timeout=20000",
            "accession.short-transactions.maximum-pool-size=1",
            "accession.short-transactions.connection-timeout=PT20S",
            "accession.public-form.rate-limit-requests=100000"
        })
@ActiveProfiles("test")
class ConnectionPoolIntegrationTest extends OwnMailServerTest {

    private static final int SUBMITTERS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ShortTransactions shortTransactions;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldFinishConcurrentSubmissionsAndEmailJobsWithASingleConnectionInTheMainPool() throws Exception {
        shrinkMainPoolToOneConnection();
        ExecutorService threads = Executors.newFixedThreadPool(SUBMITTERS + 4);
        try {
            // Round 1: concurrent submissions only; they leave a receipt job each.
            assertThat(runTogether(threads, submissions(0))).containsOnly("201");
            List<Job> receipts = management
                    .createJobQuery()
                    .activityId(Elements.SEND_RECEIPT)
                    .list();
            assertThat(receipts).hasSize(SUBMITTERS);

            // Round 2: the receipt jobs (sent-log + secure link) while more submissions arrive.
            List<Callable<String>> mixed = new ArrayList<>(submissions(100));
            for (Job job : receipts) {
                mixed.add(() -> {
                    management.executeJob(job.getId());
                    return "job done";
                });
            }
            assertThat(runTogether(threads, mixed)).containsOnly("201", "job done");
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from accession", Integer.class))
                .isEqualTo(2 * SUBMITTERS);
        assertThat(jdbc.queryForObject("select count(*) from notification where status = 'SENT'", Integer.class))
                .as("receipt and caseworker notice per case of round 1")
                .isEqualTo(2 * SUBMITTERS);
        assertThat(mail().getReceivedMessages()).hasSize(2 * SUBMITTERS);
        assertThat(shortTransactions.maximumPoolSize()).isEqualTo(1);
    }

    private void shrinkMainPoolToOneConnection() throws Exception {
        HikariDataSource main = dataSource.unwrap(HikariDataSource.class);
        main.getHikariConfigMXBean().setMaximumPoolSize(1);
        main.getHikariConfigMXBean().setMinimumIdle(1);
        for (int i = 0; i < 100 && main.getHikariPoolMXBean().getTotalConnections() > 1; i++) {
            main.getHikariPoolMXBean().softEvictConnections();
            Thread.sleep(100);
        }
        assertThat(main.getHikariPoolMXBean().getTotalConnections())
                .as("connections in the main pool")
                .isLessThanOrEqualTo(1);
    }

    /** Runs all calls at once (released together) and returns their results; bounded in time. */
    private static List<String> runTogether(ExecutorService threads, List<Callable<String>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> call : calls) {
            futures.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : futures) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    private List<Callable<String>> submissions(int first) {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < SUBMITTERS; i++) {
            int n = 90_000 + first + i;
            calls.add(() -> {
                String token = "csrf-" + n + "-0123456789abcdef";
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/accessions"))
                                .header("Content-Type", "application/json")
                                .header("Cookie", "XSRF-TOKEN=" + token)
                                .header("X-XSRF-TOKEN", token)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(TestAccessions.publicForm(n))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 201 ? "201" : response.statusCode() + " " + response.body();
            });
        }
        return calls;
    }
}
