package se.lansstyrelsen.jvg.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;
import se.lansstyrelsen.jvg.register.RegisterEntries;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * The rows of {@link BenchSeed}'s synthetic cases, drawn from a fixed seed: case {@code i} is one organisation
 * ("Benchmarkorganisation i") with one case ("BENCH-i") in a status drawn by a fixed distribution, its chosen goals,
 * its status history and, when registered, its entry in the register.
 */
final class SyntheticCases {

    /** Far above any id the identity columns hand out in a benchmark run. */
    private static final long ID_BASE = 50_000_000L;

    /** The rows of a range of cases, one list per table, in the order of the columns BenchSeed inserts. */
    record Batch(
            List<Object[]> organisations,
            List<Object[]> accessions,
            List<Object[]> chosen,
            List<Object[]> changes,
            List<Object[]> register) {}

    private final List<String[]> goals = new ArrayList<>();
    private final List<String> codes;
    private final String period;
    private final SplittableRandom random = new SplittableRandom(20261202L);

    /** Cases of the catalogue's current period, choosing among its goals and, for municipalities, these codes. */
    SyntheticCases(GoalCatalogue.Snapshot snapshot, List<String> municipalityCodes) {
        snapshot.areas().forEach(area -> {
            area.goals().forEach(goal -> goals.add(new String[] {area.code(), goal.code()}));
            goals.add(new String[] {area.code(), area.otherGoalCode()});
        });
        this.codes = municipalityCodes;
        this.period = snapshot.periodCode();
    }

    /** The rows of cases {@code from} (inclusive) to {@code to} (exclusive); call with consecutive ranges. */
    Batch rows(int from, int to) {
        Batch batch = new Batch(
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = from; i < to; i++) {
            addCase(i, batch);
        }
        return batch;
    }

    private void addCase(int i, Batch batch) {
        long id = ID_BASE + i;
        AccessionStatus status = status(random.nextInt(100));
        OrganisationType type = random.nextInt(10) < 7
                ? OrganisationType.KOMMUN
                : OrganisationType.values()[random.nextInt(OrganisationType.values().length)];
        Instant submitted = Instant.parse("2024-03-01T08:00:00Z").plus(Duration.ofMinutes(random.nextInt(1_440_000)));
        Instant decided = status == AccessionStatus.SUBMITTED
                        || status == AccessionStatus.UNDER_REVIEW
                        || status == AccessionStatus.COMPLETION_REQUESTED
                ? null
                : submitted.plus(Duration.ofDays(3 + random.nextInt(40)));
        Instant registered =
                status == AccessionStatus.REGISTERED ? decided.plus(Duration.ofDays(1 + random.nextInt(10))) : null;
        boolean open = AccessionStatus.OPEN.contains(status);
        String name = "Benchmarkorganisation " + i;
        byte[] sortKey = SwedishOrder.key(name);
        batch.organisations().add(new Object[] {
            id,
            organisationNumber(i),
            name,
            sortKey,
            type.name(),
            type == OrganisationType.KOMMUN ? codes.get(random.nextInt(codes.size())) : null,
            ts(registered),
            ts(submitted)
        });
        batch.accessions().add(new Object[] {
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
            batch.register().add(new Object[] {
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
            batch.chosen().add(new Object[] {
                id, goal[0], goal[1], goal[1].endsWith(GoalCatalogue.OTHER_SUFFIX) ? "Eget mål " + i : null
            });
        }
        batch.changes().add(new Object[] {id, AccessionStatus.SUBMITTED.name(), ts(submitted)});
        if (status != AccessionStatus.SUBMITTED) {
            batch.changes().add(new Object[] {
                id, status.name(), ts(decided == null ? submitted.plus(Duration.ofDays(2)) : decided)
            });
        }
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
