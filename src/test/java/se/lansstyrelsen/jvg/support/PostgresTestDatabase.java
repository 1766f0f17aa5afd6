package se.lansstyrelsen.jvg.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A throwaway PostgreSQL database for one test context or test class: created through the maintenance
 * database "postgres", dropped (with its connections) when closed or, at the latest, when the JVM exits.
 * The server is the local PostgreSQL of CI (127.0.0.1:5432, user postgres, trust authentication);
 * override with JVG_TEST_POSTGRES_HOST/PORT/USER/PASSWORD. No PostgreSQL means the test fails, never skips.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final String name;
    private final AtomicBoolean dropped = new AtomicBoolean();

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    /** Creates a database named jvg_test_&lt;time&gt;_&lt;random&gt;. */
    public static PostgresTestDatabase create() {
        String name = "jvg_test_" + LocalDateTime.now().format(STAMP) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        execute("create database " + name);
        return new PostgresTestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + name;
    }

    public String username() {
        return env("JVG_TEST_POSTGRES_USER", "postgres");
    }

    public String password() {
        return env("JVG_TEST_POSTGRES_PASSWORD", "");
    }

    /** Drops the database, ending any connection a pool still holds. Idempotent. */
    public void drop() {
        if (dropped.compareAndSet(false, true)) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    @Override
    public void close() {
        drop();
    }

    private static void execute(String sql) {
        String url = "jdbc:postgresql://" + host() + ":" + port() + "/postgres";
        try (Connection c = DriverManager.getConnection(
                        url, env("JVG_TEST_POSTGRES_USER", "postgres"), env("JVG_TEST_POSTGRES_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + url + " is needed for this test (" + sql + "): " + e.getMessage(), e);
        }
    }

    private static String host() {
        return env("JVG_TEST_POSTGRES_HOST", "127.0.0.1");
    }

    private static String port() {
        return env("JVG_TEST_POSTGRES_PORT", "5432");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
