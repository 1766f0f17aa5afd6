package se.lansstyrelsen.jvg.bench;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * Profile "bench" only: fills the database with {@code bench.seed-accessions} synthetic cases (organisations,
 * cases in every status, chosen goals, status history, the register's entries) in JDBC batches, so that the
 * benchmark can time the overview and the register at 1,000, 10,000 and 100,000 cases. The cases have no process
 * instances ({@link SyntheticCases} draws their rows): they stand for the case tables the overview and register
 * read. Until the seeding is done, the health endpoint answers DOWN, so the harness measures only a full database.
 * Case numbers start with "BENCH-" and organisation names with "Benchmark", so they can never be mistaken for real
 * ones.
 */
@Component
@Profile("bench")
class BenchSeed implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(BenchSeed.class);
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final GoalCatalogue catalogue;
    private final MunicipalityDirectory municipalities;
    private final int count;
    private volatile boolean done;

    BenchSeed(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            GoalCatalogue catalogue,
            MunicipalityDirectory municipalities,
            @Value("${bench.seed-accessions:0}") int count) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.catalogue = catalogue;
        this.municipalities = municipalities;
        this.count = count;
        this.done = count == 0;
    }

    @Override
    public Health health() {
        return done
                ? Health.up().build()
                : Health.down()
                        .withDetail("benchSeed", "seeding " + count + " cases")
                        .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (done) {
            return;
        }
        long t0 = System.nanoTime();
        List<String> codes = municipalities.all().stream()
                .map(MunicipalityDirectory.Municipality::code)
                .toList();
        SyntheticCases cases = new SyntheticCases(catalogue.current(), codes);
        for (int from = 0; from < count; from += BATCH) {
            SyntheticCases.Batch batch = cases.rows(from, Math.min(count, from + BATCH));
            transactions.executeWithoutResult(tx -> {
                jdbc.batchUpdate(
                        "insert into organisation (id, organisation_number, name, name_sort_key, organisation_type,"
                                + " municipality_code, joined_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        batch.organisations());
                jdbc.batchUpdate(
                        "insert into accession (id, case_number, period_code, organisation_id, status,"
                                + " possible_duplicate, contact_name, contact_title, contact_email, contact_phone, decision_body,"
                                + " decision_date, decision_reference, planned_work, info_session_interest, consent_given_at,"
                                + " submitted_at, decided_at, registered_at, closed_at, open_organisation_id, version)"
                                + " values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        batch.accessions());
                jdbc.batchUpdate(
                        "insert into accession_goal (accession_id, area_code, goal_code, other_text) values (?, ?, ?, ?)",
                        batch.chosen());
                jdbc.batchUpdate(
                        "insert into accession_status_change (accession_id, status, changed_at, actor)"
                                + " values (?, ?, ?, 'bench')",
                        batch.changes());
                jdbc.batchUpdate(
                        "insert into register_entry (period_code, organisation_id, accession_id, organisation_number,"
                                + " name_sort_key, organisation_type, type_rank, joined_on, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        batch.register());
            });
        }
        done = true;
        log.info("Benchmark: seeded {} cases in {} s", count, (System.nanoTime() - t0) / 1_000_000_000L);
    }
}
