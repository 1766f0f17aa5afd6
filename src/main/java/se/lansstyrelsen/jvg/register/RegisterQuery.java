package se.lansstyrelsen.jvg.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;

/**
 * The register's data, filtered, sorted and paged by the database (SQL that H2 2.x and PostgreSQL both run).
 * One row per organisation: its latest formal registration in the period. Names sort in Swedish order by
 * organisation.name_sort_key ({@link SwedishOrder}); types by their Swedish labels; dates by the day of
 * registration in Swedish time; ties by name, then organisation number. Only the columns the register shows are
 * read; the contact person is never loaded.
 */
@Repository
class RegisterQuery {

  /** The newest registration of its organisation in the period (ties broken by id). */
  private static final String LATEST_OF_ORGANISATION = " and not exists (select 1 from accession b"
      + " where b.organisation_id = a.organisation_id and b.status = :status and b.period_code = a.period_code"
      + " and (b.registered_at > a.registered_at or (b.registered_at = a.registered_at and b.id > a.id)))";
  private static final String COLUMNS = "a.id, a.case_number, a.registration_reference, a.registered_at, o.name,"
      + " o.organisation_number, o.organisation_type, o.municipality_code";
  /** The day of registration in Swedish time (both databases know AT TIME ZONE). */
  private static final String JOINED_ON = "cast(a.registered_at at time zone '" + ClockConfig.SWEDEN.getId()
      + "' as date)";
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

  /** The matching registrations from {@code offset}, at most {@code limit}, with the number of all that match. */
  Slice page(String periodCode, RegisterCriteria criteria, int offset, int limit) {
    MapSqlParameterSource parameters = parameters(periodCode, criteria.filter())
        .addValue("offset", offset).addValue("limit", limit);
    long[] total = {-1};
    List<Head> heads = jdbc.query("select " + COLUMNS + ", count(*) over () as total" + from(criteria.filter())
        + orderBy(criteria) + " offset :offset rows fetch next :limit rows only", parameters, (rs, n) -> {
          total[0] = rs.getLong("total");
          return head(rs);
        });
    if (heads.isEmpty()) {
      return new Slice(List.of(), count(periodCode, criteria.filter()));
    }
    Map<Long, List<ChosenGoal>> goals = new LinkedHashMap<>();
    jdbc.query("select accession_id, area_code, goal_code, other_text from accession_goal where accession_id in (:ids)",
        new MapSqlParameterSource("ids", heads.stream().map(Head::accessionId).toList()),
        rs -> {
          goals.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(goal(rs));
        });
    return new Slice(heads.stream().map(h -> new Row(h, List.copyOf(goals.getOrDefault(h.accessionId(), List.of()))))
        .toList(), total[0]);
  }

  /** The number of registrations that match the filter. */
  long count(String periodCode, RegisterFilter filter) {
    Long n = jdbc.queryForObject("select count(*)" + from(filter), parameters(periodCode, filter), Long.class);
    return n == null ? 0 : n;
  }

  /**
   * Every matching registration in order, handed over one at a time as the database delivers them (one query,
   * read with a fetch size, so the whole register is never held in memory). Call inside a transaction.
   */
  void forEach(String periodCode, RegisterCriteria criteria, Consumer<Row> each) {
    Head[] current = {null};
    List<ChosenGoal> goals = new ArrayList<>();
    streaming.query("select " + COLUMNS + ", g.area_code, g.goal_code, g.other_text" + from(criteria.filter()).replace(
            " where ", " left join accession_goal g on g.accession_id = a.id where ")
            + orderBy(criteria) + ", a.id", parameters(periodCode, criteria.filter()),
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

  private static String from(RegisterFilter filter) {
    StringBuilder sql = new StringBuilder(" from accession a join organisation o on o.id = a.organisation_id")
        .append(" where a.status = :status and a.period_code = :period").append(LATEST_OF_ORGANISATION);
    if (filter.type() != null) {
      sql.append(" and o.organisation_type = :type");
    }
    if (filter.goalCode() != null) {
      sql.append(" and exists (select 1 from accession_goal cg where cg.accession_id = a.id and cg.goal_code = :goal)");
    }
    if (filter.areaCode() != null) {
      sql.append(" and exists (select 1 from accession_goal dg where dg.accession_id = a.id and dg.area_code = :area)");
    }
    return sql.toString();
  }

  /** The criteria's order, then name (Swedish order) and organisation number, so every page is stable. */
  private static String orderBy(RegisterCriteria criteria) {
    String direction = criteria.descending() ? " desc" : " asc";
    String first = switch (criteria.order()) {
      case NAMN -> "o.name_sort_key";
      case TYP -> typeRank();
      case DATUM -> JOINED_ON;
    };
    return " order by " + first + direction + ", o.name_sort_key asc, o.organisation_number asc";
  }

  /** The types ranked by their Swedish labels (Kommun, Lärosäte, Region, Statlig myndighet). */
  private static String typeRank() {
    List<OrganisationType> byLabel = Arrays.stream(OrganisationType.values())
        .sorted(Comparator.comparing(OrganisationType::label, SwedishOrder::compare)).toList();
    StringBuilder sql = new StringBuilder("case o.organisation_type");
    for (int i = 0; i < byLabel.size(); i++) {
      sql.append(" when '").append(byLabel.get(i).name()).append("' then ").append(i);
    }
    return sql.append(" end").toString();
  }

  private static MapSqlParameterSource parameters(String periodCode, RegisterFilter filter) {
    MapSqlParameterSource p = new MapSqlParameterSource("status", AccessionStatus.REGISTERED.name())
        .addValue("period", periodCode);
    if (filter.type() != null) {
      p.addValue("type", filter.type().name());
    }
    if (filter.goalCode() != null) {
      p.addValue("goal", filter.goalCode());
    }
    if (filter.areaCode() != null) {
      p.addValue("area", filter.areaCode());
    }
    return p;
  }

  private static Head head(ResultSet rs) throws SQLException {
    Timestamp registered = rs.getTimestamp("registered_at");
    return new Head(rs.getLong("id"), rs.getString("case_number"), rs.getString("registration_reference"),
        registered == null ? null : registered.toInstant(), rs.getString("name"), rs.getString("organisation_number"),
        OrganisationType.valueOf(rs.getString("organisation_type")), rs.getString("municipality_code"));
  }

  private static ChosenGoal goal(ResultSet rs) throws SQLException {
    return new ChosenGoal(rs.getString("area_code"), rs.getString("goal_code"), rs.getString("other_text"));
  }

  /** What the query filters on; null means no filter. */
  record RegisterFilter(OrganisationType type, String goalCode, String areaCode) {
    static final RegisterFilter NONE = new RegisterFilter(null, null, null);
  }

  /** One registered accession with its organisation. */
  record Head(long accessionId, String caseNumber, String registrationReference, java.time.Instant registeredAt,
      String organisationName, String organisationNumber, OrganisationType organisationType, String municipalityCode) {}

  /** A registered accession with the goals it prioritises. */
  record Row(Head head, List<ChosenGoal> goals) {}

  /** Some rows and the number of all rows that match. */
  record Slice(List<Row> rows, long total) {}
}
