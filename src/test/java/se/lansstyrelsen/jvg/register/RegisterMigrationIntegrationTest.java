package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;
import se.lansstyrelsen.jvg.support.PostgresTestDatabase;
import se.lansstyrelsen.jvg.support.PostgresTestDatabaseCustomizerFactory;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * Migration V22 fills register_entry with exactly what the register's old query read: a database migrated to V20
 * is seeded with organisations and cases in every status over two periods (several registrations per organisation,
 * equal registration times, a registration just after midnight Swedish time), then migrated to V22, and the table
 * is compared with the old query (the newest registration per organisation and period, ties by id). On H2, and on
 * PostgreSQL in the rerun (jvg.test.database=postgres). Organisation numbers 67_001–67_099.
 */
class RegisterMigrationIntegrationTest {

    /** The register's query before V22 (RegisterQuery at commit 6288f9b), for every period. */
    private static final String OLD_REGISTER = "select a.period_code, a.organisation_id, a.id from accession a"
            + " join organisation o on o.id = a.organisation_id where a.status = 'REGISTERED'"
            + " and not exists (select 1 from accession b"
            + " where b.organisation_id = a.organisation_id and b.status = 'REGISTERED' and b.period_code = a.period_code"
            + " and (b.registered_at > a.registered_at or (b.registered_at = a.registered_at and b.id > a.id)))";

    private PostgresTestDatabase postgres;

    @AfterEach
    void drop() {
        if (postgres != null) {
            postgres.drop();
        }
    }

    @Test
    void shouldFillTheRegisterWithTheLatestRegistrationOfEachOrganisationAsTheOldQueryDid() {
        DriverManagerDataSource dataSource;
        if (PostgresTestDatabaseCustomizerFactory.suiteOnPostgres()) {
            postgres = PostgresTestDatabase.create();
            dataSource = new DriverManagerDataSource(postgres.jdbcUrl(), postgres.username(), postgres.password());
        } else {
            dataSource = new DriverManagerDataSource(
                    "jdbc:h2:mem:register-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("20")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<Long, Object[]> organisations = seed(jdbc);
        List<List<Object>> expected =
                jdbc.query(OLD_REGISTER, (rs, n) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        assertThat(expected)
                .as("the seed has registered organisations in both periods")
                .extracting(row -> row.get(0))
                .contains("P-A", "P-B");

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("22")
                .load()
                .migrate();

        List<List<Object>> actual = jdbc.query(
                "select period_code, organisation_id, accession_id from register_entry",
                (rs, n) -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        jdbc.query(
                "select r.*, a.registered_at as case_registered_at from register_entry r"
                        + " join accession a on a.id = r.accession_id",
                rs -> {
                    Object[] o = organisations.get(rs.getLong("organisation_id"));
                    OrganisationType type = (OrganisationType) o[2];
                    Instant registered = rs.getTimestamp("case_registered_at").toInstant();
                    assertThat(rs.getString("organisation_number")).isEqualTo(o[0]);
                    assertThat(rs.getBytes("name_sort_key")).isEqualTo(SwedishOrder.key((String) o[1]));
                    assertThat(rs.getString("organisation_type")).isEqualTo(type.name());
                    assertThat(rs.getInt("type_rank")).as(type.name()).isEqualTo(RegisterEntries.typeRank(type));
                    assertThat(rs.getDate("joined_on").toLocalDate())
                            .as("day in Swedish time of " + registered)
                            .isEqualTo(LocalDate.ofInstant(registered, ClockConfig.SWEDEN));
                    assertThat(rs.getTimestamp("registered_at").toInstant()).isEqualTo(registered);
                });
        assertThat(jdbc.queryForObject(
                                "select joined_on from register_entry where organisation_id = 200", java.sql.Date.class)
                        .toLocalDate())
                .as("registered 2026-03-28 23:30 UTC, 00:30 in Sweden")
                .isEqualTo(LocalDate.of(2026, 3, 29));
    }

    /** 60 organisations with 0–4 cases each over two periods and one more; returns number, name and type per organisation id. */
    private static Map<Long, Object[]> seed(JdbcTemplate jdbc) {
        jdbc.update("insert into strategy_period (code, name, start_year, end_year, diary_number) values"
                + " ('P-A', 'Period A', 2021, 2024, '801-1-2021'), ('P-B', 'Period B', 2025, 2028, '801-9838-2024')");
        SplittableRandom random = new SplittableRandom(67_001);
        Map<Long, Object[]> organisations = new HashMap<>();
        List<Object[]> cases = new ArrayList<>();
        Instant base = Instant.parse("2026-01-05T09:00:00Z");
        long caseId = 1_000;
        for (int i = 0; i < 60; i++) {
            long id = 100 + i;
            OrganisationType type = OrganisationType.values()[random.nextInt(OrganisationType.values().length)];
            String name = (i % 3 == 0 ? "Ö" : i % 3 == 1 ? "Å" : "A") + "testorganisation " + (67_001 + i);
            String number = TestAccessions.organisationNumber(67_001 + i);
            organisations.put(id, new Object[] {number, name, type});
            jdbc.update(
                    "insert into organisation (id, organisation_number, name, name_sort_key, organisation_type,"
                            + " municipality_code, joined_at, created_at) values (?, ?, ?, ?, ?, ?, null, ?)",
                    id,
                    number,
                    name,
                    SwedishOrder.key(name),
                    type.name(),
                    type == OrganisationType.KOMMUN ? "1480" : null,
                    Timestamp.from(base));
            int n = random.nextInt(5);
            Instant tied = base.plus(Duration.ofHours(random.nextInt(2_000)));
            for (int c = 0; c < n; c++) {
                AccessionStatus status = random.nextInt(3) == 0
                        ? AccessionStatus.values()[random.nextInt(AccessionStatus.values().length)]
                        : AccessionStatus.REGISTERED;
                if (AccessionStatus.OPEN.contains(status) && c < n - 1) {
                    status = AccessionStatus.WITHDRAWN; // one open case per organisation at most (V5): only the last
                }
                // Every fourth organisation has all its registrations at one time: the case's id decides.
                Instant registered = status != AccessionStatus.REGISTERED
                        ? null
                        : i % 4 == 0 ? tied : base.plus(Duration.ofHours(random.nextInt(2_000)));
                String period = random.nextInt(3) == 0 ? "P-A" : "P-B";
                cases.add(new Object[] {caseId, "MIG-" + caseId, period, id, status.name(), registered, id});
                caseId++;
            }
        }
        // An organisation registered once, at 00:30 on 29 March in Sweden (23:30 UTC the day before): joined on the
        // 29th.
        String name = "Sista testorganisation 67061";
        organisations.put(
                200L, new Object[] {TestAccessions.organisationNumber(67_061), name, OrganisationType.REGION});
        jdbc.update(
                "insert into organisation (id, organisation_number, name, name_sort_key, organisation_type,"
                        + " municipality_code, joined_at, created_at) values (200, ?, ?, ?, 'REGION', null, null, ?)",
                TestAccessions.organisationNumber(67_061),
                name,
                SwedishOrder.key(name),
                Timestamp.from(base));
        cases.add(new Object[] {
            caseId,
            "MIG-" + caseId,
            "P-B",
            200L,
            AccessionStatus.REGISTERED.name(),
            Instant.parse("2026-03-28T23:30:00Z"),
            200L
        });
        for (Object[] c : cases) {
            boolean open = AccessionStatus.OPEN.contains(AccessionStatus.valueOf((String) c[4]));
            Instant registered = (Instant) c[5];
            jdbc.update(
                    "insert into accession (id, case_number, period_code, organisation_id, status,"
                            + " possible_duplicate, contact_name, contact_title, contact_email, contact_phone, decision_body,"
                            + " decision_date, decision_reference, planned_work, info_session_interest, consent_given_at,"
                            + " submitted_at, decided_at, registered_at, closed_at, open_organisation_id, version)"
                            + " values (?, ?, ?, ?, ?, false, 'Kim Kontakt', 'Strateg', 'kim@kommun.example', '031-123 45 67',"
                            + " 'Kommunstyrelsen', date '2025-12-01', 'KS § 1', 'Arbete', false, ?, ?, ?, ?, ?, ?, 0)",
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    Timestamp.from(base),
                    Timestamp.from(base),
                    registered == null ? null : Timestamp.from(registered.minus(Duration.ofDays(1))),
                    registered == null ? null : Timestamp.from(registered),
                    open ? null : Timestamp.from(base),
                    open ? c[6] : null);
            if (random.nextBoolean()) {
                jdbc.update(
                        "insert into accession_goal (accession_id, area_code, goal_code, other_text) values (?, 'MAKT', 'MAKT-1', null)",
                        c[0]);
            }
        }
        return organisations;
    }
}
