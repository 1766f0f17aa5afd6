package se.lansstyrelsen.jvg.config;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short transactions that must commit on their own, independent of the caller's transaction: the
 * sent-log (NotificationLedger), case-number allocation and secure-link issue. They run on a separate,
 * small connection pool ("short-transactions"), never on the application's main pool.
 *
 * <p>Why a pool of their own: their callers (a job sending e-mail, a submission starting a process)
 * already hold a connection of the main pool for their own transaction. Taking the second connection
 * from the same pool lets N such callers hold all N connections while each waits for one more: the
 * pool deadlocks until its timeout (seen under load with 4 clients, issue 8). With two pools the
 * waiting goes one way only: a main-pool holder may wait for a short-pool connection, but a
 * short-pool holder never waits for any pool — it runs a few statements through {@link JdbcTemplate}
 * and commits. So every short connection is returned after a few milliseconds, and the main pool's
 * holders always make progress, whatever the two pools' sizes and however many callers there are.
 * Bounding the holders instead would mean limiting Tomcat's and the job executor's threads to half
 * the pool, and restructuring (claiming outside the job's transaction) is not possible for work that
 * runs inside Camunda's job transaction.
 *
 * <p>Rules that keep this true (the second is enforced): work inside {@link #execute} uses only the
 * given {@link JdbcTemplate}, never JPA or the engine; and it never opens another short transaction.
 * No main transaction may lock rows these statements need and then wait for a short connection (none
 * does: the counter is written only here, tokens are only inserted, and the one main transaction
 * that updates sent-log rows, the erasure of a contact person, never uses this pool).
 */
public final class ShortTransactions implements AutoCloseable {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ShortTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code work} in a transaction of its own on the short pool and commits it, whatever the
     * caller's transaction does later.
     *
     * @throws IllegalStateException when called from inside another short transaction
     */
    public <T> T execute(Function<JdbcTemplate, T> work) {
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new IllegalStateException("A short transaction must not open another one (it would hold one short "
                    + "connection while waiting for a second)");
        }
        return transactions.execute(status -> work.apply(jdbc));
    }

    /** The pool's size, for the tests and the log. */
    public int maximumPoolSize() {
        return dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : -1;
    }

    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }
}
