package se.lansstyrelsen.jvg.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import se.lansstyrelsen.jvg.support.OwnMailServerTest;
import se.lansstyrelsen.jvg.support.PublicClient;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * The database drops the application's connections during load (PostgreSQL: {@code pg_terminate_backend} on
 * every session of the application's own throwaway database, three times, a second apart; the shared server
 * is never restarted). Requests during the outage get 201 or a clear 503 (Swedish problem+json with
 * Retry-After), never a 500; nothing is half-written (no case without its process, no process without its
 * case); and the application takes submissions again without a restart.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.generate-unique-process-engine-name=false",
            "accession.public-form.rate-limit-requests=1000000"
        })
@ActiveProfiles({"test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseInterruptionOnPostgresTest extends OwnMailServerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldAnswer503DuringTheOutageWriteNothingHalfAndRecoverWithoutRestart() throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        String database = jdbc.queryForObject("select current_database()", String.class);
        AtomicInteger next = new AtomicInteger(98_000);
        Map<Integer, Integer> outcomes = new TreeMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        Set<String> created = ConcurrentHashMap.newKeySet();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(12);

        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int c = 0; c < 8; c++) {
            clients.submit(() -> {
                PublicClient client = new PublicClient("http://localhost:" + port);
                while (System.nanoTime() < end) {
                    HttpResponse<String> r =
                            client.postJson("/api/accessions", TestAccessions.publicForm(next.getAndIncrement()));
                    synchronized (outcomes) {
                        outcomes.merge(r.statusCode(), 1, Integer::sum);
                    }
                    if (r.statusCode() == 201) {
                        created.add(PublicClient.json(r).get("caseNumber").toString());
                    } else if (r.statusCode() != 503
                            || !r.headers().firstValue("Retry-After").isPresent()
                            || !PublicClient.json(r).get("detail").toString().contains("Försök igen")) {
                        wrong.add(r.statusCode() + " " + r.body());
                    }
                }
                return null;
            });
        }
        int terminated = 0;
        try (Connection admin =
                DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            for (int i = 0; i < 3; i++) {
                Thread.sleep(2500);
                try (Statement s = admin.createStatement();
                        ResultSet r = s.executeQuery(
                                "select count(pg_terminate_backend(pid))" + " from pg_stat_activity where datname = '"
                                        + database + "' and pid <> pg_backend_pid()")) {
                    r.next();
                    terminated += r.getInt(1);
                }
            }
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        System.out.printf(
                "Database interruption: %d sessions terminated in 3 rounds; answers %s%n", terminated, outcomes);

        assertThat(terminated).as("sessions terminated").isPositive();
        assertThat(wrong)
                .as("answers other than 201 or a Swedish 503 with Retry-After")
                .isEmpty();
        // Recovered without a restart: a new submission is taken.
        HttpResponse<String> after = new PublicClient("http://localhost:" + port)
                .postJson("/api/accessions", TestAccessions.publicForm(next.getAndIncrement()));
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        created.add(PublicClient.json(after).get("caseNumber").toString());
        // Nothing half-written.
        for (String caseNumber : created) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from accession where case_number = ?", Long.class, caseNumber))
                    .as(caseNumber)
                    .isEqualTo(1);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from accession a where not exists (select 1 from act_ru_execution e"
                                + " where e.business_key_ = a.case_number)",
                        Long.class))
                .as("cases without a process")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_execution e where e.parent_id_ is null and"
                                + " e.business_key_ is not null and not exists (select 1 from accession a where a.case_number = e.business_key_)",
                        Long.class))
                .as("processes without a case")
                .isZero();
    }
}
