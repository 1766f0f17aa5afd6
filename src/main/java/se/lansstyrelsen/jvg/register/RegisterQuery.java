package se.lansstyrelsen.jvg.register;

import static se.lansstyrelsen.jvg.register.RegisterSql.COLUMNS;
import static se.lansstyrelsen.jvg.register.RegisterSql.from;
import static se.lansstyrelsen.jvg.register.RegisterSql.joined;
import static se.lansstyrelsen.jvg.register.RegisterSql.orderBy;
import static se.lansstyrelsen.jvg.register.RegisterSql.parameters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;

/**
 * The register's data, filtered, sorted and paged by the database (SQL that H2 2.x and PostgreSQL both run, its
 * text in {@link RegisterSql}).
 * Reads the table register_entry (V22, kept by {@link RegisterEntries}): one row per organisation, for its latest
 * formal registration in the period. Names sort in Swedish order by the name's sort key ({@link SwedishOrder});
 * types by their Swedish labels (type_rank); dates by the day of registration in Swedish time (joined_on); ties by
 * name, then organisation number. Each order has an index of its own (leading with the period, which the ORDER BY
 * names too so that H2 also reads the index in order), so a page is an index scan with a limit and the count a
 * scan of the small table. Only the columns the register shows are read; the contact person is never loaded.
 */
@Repository
class RegisterQuery {

    private static final int FETCH_SIZE = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    /** The same database, read FETCH_SIZE rows at a time (PostgreSQL's driver otherwise reads all rows first). */
    private final NamedParameterJdbcTemplate streaming;

    RegisterQuery(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
    }

    /**
     * The matching registrations from {@code offset}, at most {@code limit}, with the number of all that match: one
     * statement that reads register_entry in the order of one of its indexes, joins each entry to its case and
     * organisation and stops after the page; the count is its subquery (computed once).
     */
    Slice page(String periodCode, RegisterCriteria criteria, int offset, int limit) {
        MapSqlParameterSource parameters = parameters(periodCode, criteria.filter())
                .addValue("offset", offset)
                .addValue("limit", limit);
        long[] total = {-1};
        List<Head> heads = jdbc.query(
                "select " + COLUMNS + ", (select count(*)" + from(criteria.filter(), "c") + ") as total"
                        + joined(from(criteria.filter(), "r")) + orderBy(criteria, "r")
                        + " offset :offset rows fetch next :limit rows only",
                parameters,
                (rs, n) -> {
                    total[0] = rs.getLong("total");
                    return head(rs);
                });
        if (heads.isEmpty()) {
            return new Slice(List.of(), count(periodCode, criteria.filter()));
        }
        Map<Long, List<ChosenGoal>> goals = new LinkedHashMap<>();
        jdbc.query(
                "select accession_id, area_code, goal_code, other_text from accession_goal where accession_id in (:ids)",
                new MapSqlParameterSource(
                        "ids", heads.stream().map(Head::accessionId).toList()),
                rs -> {
                    goals.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(goal(rs));
                });
        return new Slice(
                heads.stream()
                        .map(h -> new Row(h, List.copyOf(goals.getOrDefault(h.accessionId(), List.of()))))
                        .toList(),
                total[0]);
    }

    /** The number of registrations that match the filter. */
    long count(String periodCode, RegisterFilter filter) {
        Long n = jdbc.queryForObject("select count(*)" + from(filter, "r"), parameters(periodCode, filter), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The number of organisations in the register and of the municipalities among them (distinct municipal codes of
     * the entries of type kommun): one statement of two aggregates, the count over the small table alone and the
     * municipalities over the kommun entries (the leading columns of ix_register_type) with their organisations.
     */
    Coverage coverage(String periodCode) {
        return jdbc.queryForObject(
                "select (select count(*) from register_entry c where c.period_code = :period)"
                        + " as organisations, (select count(distinct o.municipality_code) from register_entry r"
                        + " join organisation o on o.id = r.organisation_id where r.period_code = :period and r.type_rank = :kommun)"
                        + " as municipalities",
                new MapSqlParameterSource("period", periodCode)
                        .addValue("kommun", RegisterEntries.typeRank(OrganisationType.KOMMUN)),
                (rs, n) -> new Coverage(rs.getLong("organisations"), rs.getLong("municipalities")));
    }

    /**
     * Every matching registration in order, handed over one at a time as the database delivers them (one query,
     * read with a fetch size, so the whole register is never held in memory). Call inside a transaction. An
     * organisation has one entry per period, so the rows of one entry (one per goal) are next to each other in the
     * register's order.
     */
    void forEach(String periodCode, RegisterCriteria criteria, Consumer<Row> each) {
        Head[] current = {null};
        List<ChosenGoal> goals = new ArrayList<>();
        streaming.query(
                "select " + COLUMNS + ", g.area_code, g.goal_code, g.other_text"
                        + joined(from(criteria.filter(), "r"))
                                .replace(
                                        " where ",
                                        " left join accession_goal g on g.accession_id = r.accession_id where ")
                        + orderBy(criteria, "r"),
                parameters(periodCode, criteria.filter()),
                rs -> {
                    long id = rs.getLong("id");
                    if (current[0] != null && current[0].accessionId() != id) {
                        each.accept(new Row(current[0], List.copyOf(goals)));
                        goals.clear();
                    }
                    if (current[0] == null || current[0].accessionId() != id) {
                        current[0] = head(rs);
                    }
                    if (rs.getString("goal_code") != null) {
                        goals.add(goal(rs));
                    }
                });
        if (current[0] != null) {
            each.accept(new Row(current[0], List.copyOf(goals)));
        }
    }

    private static Head head(ResultSet rs) throws SQLException {
        Timestamp registered = rs.getTimestamp("registered_at");
        return new Head(
                rs.getLong("id"),
                rs.getString("case_number"),
                rs.getString("registration_reference"),
                registered == null ? null : registered.toInstant(),
                rs.getString("name"),
                rs.getString("organisation_number"),
                OrganisationType.valueOf(rs.getString("organisation_type")),
                rs.getString("municipality_code"));
    }

    private static ChosenGoal goal(ResultSet rs) throws SQLException {
        return new ChosenGoal(rs.getString("area_code"), rs.getString("goal_code"), rs.getString("other_text"));
    }

    /** What the query filters on; null means no filter. */
    record RegisterFilter(OrganisationType type, String goalCode, String areaCode) {
        static final RegisterFilter NONE = new RegisterFilter(null, null, null);
    }

    /** One registered accession with its organisation. */
    record Head(
            long accessionId,
            String caseNumber,
            String registrationReference,
            java.time.Instant registeredAt,
            String organisationName,
            String organisationNumber,
            OrganisationType organisationType,
            String municipalityCode) {}

    /** A registered accession with the goals it prioritises. */
    record Row(Head head, List<ChosenGoal> goals) {}

    /** How many organisations the register holds, and how many distinct municipalities among them. */
    record Coverage(long organisations, long municipalities) {}

    /** Some rows and the number of all rows that match. */
    record Slice(List<Row> rows, long total) {}
}
