package se.lansstyrelsen.jvg.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;
import se.lansstyrelsen.jvg.register.RegisterEntries;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * Profile "bench" only: fills the database with {@code bench.seed-accessions} synthetic cases (organisations,
 * cases in every status, chosen goals, status history, the register's entries) in JDBC batches, so that the benchmark can time the
 * overview and the register at 1,000, 10,000 and 100,000 cases. The cases have no process instances: they
 * stand for the case tables the overview and register read. Until the seeding is done, the health endpoint
 * answers DOWN, so the harness measures only a full database. Case numbers start with "BENCH-" and
 * organisation names with "Benchmark", so they can never be mistaken for real ones.
 */
@Component
@Profile("bench")
class BenchSeed implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(BenchSeed.class);
    /** Far above any id the identity columns hand out in a benchmark run. */
    private static final long ID_BASE = 50_000_000L;

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
        GoalCatalogue.Snapshot snapshot = catalogue.current();
        List<String[]> goals = new ArrayList<>();
        snapshot.areas().forEach(area -> {
            area.goals().forEach(goal -> goals.add(new String[] {area.code(), goal.code()}));
            goals.add(new String[] {area.code(), area.otherGoalCode()});
        });
        List<String> codes = municipalities.all().stream()
                .map(MunicipalityDirectory.Municipality::code)
                .toList();
        String period = snapshot.periodCode();
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            List<Object[]> organisations = new ArrayList<>();
            List<Object[]> accessions = new ArrayList<>();
            List<Object[]> chosen = new ArrayList<>();
            List<Object[]> changes = new ArrayList<>();
            List<Object[]> register = new ArrayList<>();
            for (int i = from; i < to; i++) {
                long id = ID_BASE + i;
                AccessionStatus status = status(random.nextInt(100));
                OrganisationType type = random.nextInt(10) < 7
                        ? OrganisationType.KOMMUN
                        : OrganisationType.values()[random.nextInt(OrganisationType.values().length)];
                Instant submitted =
                        Instant.parse("2024-03-01T08:00:00Z").plus(Duration.ofMinutes(random.nextInt(1_440_000)));
                Instant decided = status == AccessionStatus.SUBMITTED
                                || status == AccessionStatus.UNDER_REVIEW
                                || status == AccessionStatus.COMPLETION_REQUESTED
                        ? null
                        : submitted.plus(Duration.ofDays(3 + random.nextInt(40)));
                Instant registered = status == AccessionStatus.REGISTERED
                        ? decided.plus(Duration.ofDays(1 + random.nextInt(10)))
                        : null;
                boolean open = AccessionStatus.OPEN.contains(status);
                String name = "Benchmarkorganisation " + i;
                byte[] sortKey = SwedishOrder.key(name);
                organisations.add(new Object[] {
                    id,
                    organisationNumber(i),
                    name,
                    sortKey,
                    type.name(),
                    type == OrganisationType.KOMMUN ? codes.get(random.nextInt(codes.size())) : null,
                    ts(registered),
                    ts(submitted)
                });
                accessions.add(new Object[] {
                    id,
                    "BENCH-" + String.format("%07d", i),
                    period,
                    id,
                    status.name(),
                    "Kim Kontakt " + i,
                    "Jämställdhetsstrateg",
                    "kontakt" + i + "@bench.example",
                    "031-123 45 67",
                    "Kommunstyrelsen",
                    LocalDate.ofInstant(submitted, java.time.ZoneOffset.UTC).minusDays(14),
                    "KS § " + i,
                    "Vi integrerar jämställdhet i styrning och uppföljning.",
                    random.nextBoolean(),
                    ts(submitted),
                    ts(submitted),
                    ts(decided),
                    ts(registered),
                    open ? null : ts(decided == null ? submitted : decided),
                    open ? id : null
                });
                if (registered != null) {
                    // One organisation per case here, so each registered case is its organisation's entry
                    // (RegisterEntries).
                    register.add(new Object[] {
                        period,
                        id,
                        id,
                        organisationNumber(i),
                        sortKey,
                        type.name(),
                        RegisterEntries.typeRank(type),
                        java.sql.Date.valueOf(LocalDate.ofInstant(registered, ClockConfig.SWEDEN)),
                        ts(registered)
                    });
                }
                int n = 1 + random.nextInt(4);
                int first = random.nextInt(goals.size());
                for (int g = 0; g < n; g++) {
                    String[] goal = goals.get((first + g) % goals.size()); // n distinct goals
                    chosen.add(new Object[] {
                        id, goal[0], goal[1], goal[1].endsWith(GoalCatalogue.OTHER_SUFFIX) ? "Eget mål " + i : null
                    });
                }
                changes.add(new Object[] {id, AccessionStatus.SUBMITTED.name(), ts(submitted)});
                if (status != AccessionStatus.SUBMITTED) {
                    changes.add(new Object[] {
                        id, status.name(), ts(decided == null ? submitted.plus(Duration.ofDays(2)) : decided)
                    });
                }
            }
            transactions.executeWithoutResult(tx -> {
                jdbc.batchUpdate(
                        "insert into organisation (id, organisation_number, name, name_sort_key, organisation_type,"
                                + " municipality_code, joined_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        organisations);
                jdbc.batchUpdate(
                        "insert into accession (id, case_number, period_code, organisation_id, status,"
                                + " possible_duplicate, contact_name, contact_title, contact_email, contact_phone, decision_body,"
                                + " decision_date, decision_reference, planned_work, info_session_interest, consent_given_at,"
                                + " submitted_at, decided_at, registered_at, closed_at, open_organisation_id, version)"
                                + " values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        accessions);
                jdbc.batchUpdate(
                        "insert into accession_goal (accession_id, area_code, goal_code, other_text) values (?, ?, ?, ?)",
                        chosen);
                jdbc.batchUpdate(
                        "insert into accession_status_change (accession_id, status, changed_at, actor)"
                                + " values (?, ?, ?, 'bench')",
                        changes);
                jdbc.batchUpdate(
                        "insert into register_entry (period_code, organisation_id, accession_id, organisation_number,"
                                + " name_sort_key, organisation_type, type_rank, joined_on, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        register);
            });
        }
        done = true;
        log.info("Benchmark: seeded {} cases in {} s", count, (System.nanoTime() - t0) / 1_000_000_000L);
    }

    private static AccessionStatus status(int percent) {
        if (percent < 55) {
            return AccessionStatus.REGISTERED;
        } else if (percent < 65) {
            return AccessionStatus.SUBMITTED;
        } else if (percent < 73) {
            return AccessionStatus.UNDER_REVIEW;
        } else if (percent < 78) {
            return AccessionStatus.COMPLETION_REQUESTED;
        } else if (percent < 82) {
            return AccessionStatus.APPROVED;
        } else if (percent < 88) {
            return AccessionStatus.REJECTED;
        } else if (percent < 92) {
            return AccessionStatus.NOT_COMPLETED;
        }
        return AccessionStatus.WITHDRAWN;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A valid organisation number 23XXXX-XXXC (Luhn), distinct per n below 10,000,000 and from the harness's own. */
    static String organisationNumber(int n) {
        return OrganisationNumber.withCheckDigit(String.format("23%07d", n));
    }
}
