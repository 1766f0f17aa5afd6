package se.lansstyrelsen.jvg.publicform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached (no connection from the pool, a connection
 * the server closed, the server restarting), so the request was not carried out and can be retried: 503.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    static boolean isCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            for (Throwable suppressed : c.getSuppressed()) {
                if (isCause(suppressed)) {
                    return true;
                }
            }
            // A rollback or commit that failed at the JDBC level: the connection broke under the transaction (seen
            // when PostgreSQL terminated the session: "Unable to rollback against JDBC Connection").
            if (c instanceof TransactionSystemException || c instanceof org.hibernate.TransactionException) {
                return true;
            }
            if (c instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connection is closed")) {
                return true;
            }
            if (c instanceof SQLTransientConnectionException
                    || c instanceof SQLNonTransientConnectionException
                    || c instanceof CannotCreateTransactionException
                    || c instanceof DataAccessResourceFailureException
                    || c instanceof java.net.ConnectException
                    || c instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: PostgreSQL shutting down or terminating the
            // session.
            if (c instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
