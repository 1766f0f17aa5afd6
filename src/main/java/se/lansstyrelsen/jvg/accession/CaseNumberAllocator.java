package se.lansstyrelsen.jvg.accession;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.ShortTransactions;

/**
 * Hands out case numbers {@code JVG-<year>-<nnnn>}. The per-year counter row is incremented with an
 * UPDATE, which takes a row lock, so concurrent submissions on any number of nodes get distinct
 * numbers. It runs in its own short transaction on the short-transaction pool ({@link ShortTransactions})
 * so the lock is not held while the process starts, and the caller's connection is never waited on
 * (a submission that fails later leaves a gap, never a duplicate).
 */
@Component
class CaseNumberAllocator {

    static final String PREFIX = "JVG";

    private final ShortTransactions shortTransactions;
    private final Clock clock;

    CaseNumberAllocator(ShortTransactions shortTransactions, Clock clock) {
        this.shortTransactions = shortTransactions;
        this.clock = clock;
    }

    public String next() {
        int year = LocalDate.now(clock).getYear();
        Integer value = shortTransactions.execute(jdbc -> increment(jdbc, year));
        if (value == null) {
            createYearRow(year);
            value = shortTransactions.execute(jdbc -> increment(jdbc, year));
        }
        return String.format("%s-%d-%04d", PREFIX, year, value);
    }

    private static Integer increment(JdbcTemplate jdbc, int year) {
        int updated =
                jdbc.update("update case_number_counter set last_value = last_value + 1 where counter_year = ?", year);
        if (updated == 0) {
            return null;
        }
        return jdbc.queryForObject(
                "select last_value from case_number_counter where counter_year = ?", Integer.class, year);
    }

    private void createYearRow(int year) {
        try {
            shortTransactions.execute(jdbc ->
                    jdbc.update("insert into case_number_counter (counter_year, last_value) values (?, 0)", year));
        } catch (DuplicateKeyException raced) {
            // Another submission created this year's row first: fine, the next increment uses it.
        }
    }
}
