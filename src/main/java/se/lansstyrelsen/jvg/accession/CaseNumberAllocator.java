package se.lansstyrelsen.jvg.accession;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case numbers {@code JVG-<year>-<nnnn>}. The per-year counter row is incremented with an
 * UPDATE, which takes a row lock, so concurrent submissions on any number of nodes get distinct
 * numbers. It runs in its own short transaction so the lock is not held while the process starts
 * (a submission that fails later leaves a gap, never a duplicate).
 */
@Component
class CaseNumberAllocator {

  static final String PREFIX = "JVG";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final TransactionTemplate newTransaction;

  CaseNumberAllocator(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next() {
    int year = LocalDate.now(clock).getYear();
    Integer value = newTransaction.execute(status -> increment(year));
    if (value == null) {
      createYearRow(year);
      value = newTransaction.execute(status -> increment(year));
    }
    return String.format("%s-%d-%04d", PREFIX, year, value);
  }

  private Integer increment(int year) {
    int updated = jdbc.update("update case_number_counter set last_value = last_value + 1 where counter_year = ?", year);
    if (updated == 0) {
      return null;
    }
    return jdbc.queryForObject("select last_value from case_number_counter where counter_year = ?", Integer.class, year);
  }

  private void createYearRow(int year) {
    try {
      newTransaction.executeWithoutResult(
          status -> jdbc.update("insert into case_number_counter (counter_year, last_value) values (?, 0)", year));
    } catch (DuplicateKeyException raced) {
      // Another submission created this year's row first: fine, the next increment uses it.
    }
  }
}
