package se.lansstyrelsen.jvg.register;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL text of the register's queries: the entries of a period that match a filter, their join to cases and
 * organisations, the order of one of register_entry's indexes, and the filter's named parameters.
 */
final class RegisterSql {

    /** The case and organisation columns of an entry (a: accession, o: organisation). */
    static final String COLUMNS = "a.id, a.case_number, a.registration_reference, a.registered_at, o.name,"
            + " o.organisation_number, o.organisation_type, o.municipality_code";

    private RegisterSql() {}

    /** The entries that match the filter, as register_entry {@code alias}. */
    static String from(RegisterQuery.RegisterFilter filter, String alias) {
        String r = alias + ".";
        StringBuilder sql =
                new StringBuilder(" from register_entry " + alias + " where " + r + "period_code = :period");
        if (filter.type() != null) {
            sql.append(" and ").append(r).append("organisation_type = :type");
        }
        if (filter.goalCode() != null) {
            sql.append(" and exists (select 1 from accession_goal cg where cg.accession_id = ")
                    .append(r)
                    .append("accession_id and cg.goal_code = :goal)");
        }
        if (filter.areaCode() != null) {
            sql.append(" and exists (select 1 from accession_goal dg where dg.accession_id = ")
                    .append(r)
                    .append("accession_id and dg.area_code = :area)");
        }
        return sql.toString();
    }

    /** The entries (as r) with their cases (a) and organisations (o). */
    static String joined(String from) {
        return from.replaceFirst(
                " where ",
                " join accession a on a.id = r.accession_id"
                        + " join organisation o on o.id = r.organisation_id where ");
    }

    /**
     * The criteria's order, then name (Swedish order) and organisation number, so every page is stable; led by the
     * period (one value: it changes nothing) so that the order is exactly one of register_entry's indexes.
     */
    static String orderBy(RegisterCriteria criteria, String alias) {
        String direction = criteria.descending() ? " desc" : " asc";
        String first = switch (criteria.order()) {
            case NAMN -> null;
            case TYP -> alias + ".type_rank" + direction + ", ";
            case DATUM -> alias + ".joined_on" + direction + ", ";
        };
        String name = alias + ".name_sort_key" + (first == null ? direction : " asc");
        return " order by " + alias + ".period_code asc, " + (first == null ? "" : first) + name + ", " + alias
                + ".organisation_number asc";
    }

    static MapSqlParameterSource parameters(String periodCode, RegisterQuery.RegisterFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource("period", periodCode);
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
}
