package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import se.lansstyrelsen.jvg.accession.AccessTokenService;

/**
 * V21 on a database as V20 left it, with invitations already e-mailed: each plain-text token becomes its SHA-256
 * hash in invitation_link (so the links in those e-mails keep working: the application looks a link up by the
 * hash of its token) and the plain-text column is gone.
 */
class V21InvitationTokenHashTest {

    @Test
    void shouldKeepOnlyTheHashesOfTheTokensAlreadySent() throws Exception {
        try (Connection c =
                DriverManager.getConnection("jdbc:h2:mem:v21-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")) {
            try (Statement s = c.createStatement();
                    InputStream v20 = getClass().getResourceAsStream("/db/migration/V20__invitations.sql")) {
                for (String statement : new String(v20.readAllBytes(), StandardCharsets.UTF_8)
                        .replaceAll("(?m)^--.*$", "")
                        .split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
                s.execute(
                        "insert into eligible_organisation (name, organisation_type, source, created_at)"
                                + " values ('Org A', 'REGION', 'test', current_timestamp), ('Org B', 'REGION', 'test', current_timestamp)");
                s.execute(
                        "insert into invitation_round (name, message, deadline, started_at)"
                                + " values ('Omgång', 'Hej', date '2027-05-01', timestamp with time zone '2027-03-01 09:00:00+01:00')");
                s.execute("insert into invitation (round_id, eligible_organisation_id, token, contact_email) values"
                        + " (1, 1, 'oldTokenAAAAAAAAAAAAAAAAAAAAAAAA', 'a@example.org'),"
                        + " (1, 2, 'oldTokenBBBBBBBBBBBBBBBBBBBBBBBB', 'b@example.org')");
            }

            new V21__invitation_token_hash().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });

            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "select invitation_id, token_hash from invitation_link order by invitation_id")) {
                while (r.next()) {
                    rows.add(r.getLong(1) + ":" + r.getString(2));
                }
            }
            assertThat(rows)
                    .containsExactly(
                            "1:" + AccessTokenService.hash("oldTokenAAAAAAAAAAAAAAAAAAAAAAAA"),
                            "2:" + AccessTokenService.hash("oldTokenBBBBBBBBBBBBBBBBBBBBBBBB"));
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("select token from invitation"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() ->
                                s.execute("insert into invitation_link (invitation_id, token_hash, created_at) values"
                                        + " (2, '" + AccessTokenService.hash("oldTokenAAAAAAAAAAAAAAAAAAAAAAAA")
                                        + "', current_timestamp)"))
                        .as("a hash is unique")
                        .isInstanceOf(SQLException.class);
            }
        }
    }
}
