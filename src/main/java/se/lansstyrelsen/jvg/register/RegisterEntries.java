package se.lansstyrelsen.jvg.register;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessionRegistered;
import se.lansstyrelsen.jvg.accession.OrganisationDetailsChanged;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.organisation.SwedishOrder;

/**
 * Keeps the table register_entry (V22) in step with the cases: one row per organisation and strategy period, for
 * its latest formal registration (ties broken by the case's id), with the organisation's current name sort key
 * and type. Runs inside the transaction of the change (a registration, or new details of an organisation), so
 * the register and the cases never disagree. Nothing else changes who is joined: a registered case is final
 * (it cannot be withdrawn, rejected or reopened), only an open case can be withdrawn, and the erasure of personal
 * data leaves organisations and registrations as they are (no personal data is in this table).
 */
@Component
public class RegisterEntries {

    /** The types in Swedish order of their labels: Kommun, Lärosäte, Region, Statlig myndighet. */
    private static final List<OrganisationType> BY_LABEL = Arrays.stream(OrganisationType.values())
            .sorted(Comparator.comparing(OrganisationType::label, SwedishOrder::compare))
            .toList();

    private final JdbcTemplate jdbc;

    RegisterEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The type's place in the register's order by type (the same numbers as the migration V22 writes). */
    public static int typeRank(OrganisationType type) {
        return BY_LABEL.indexOf(type);
    }

    /** The organisation now stands in the register with this case, unless it has a later registration already. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(AccessionRegistered r) {
        OffsetDateTime at = OffsetDateTime.ofInstant(r.registeredAt(), ZoneOffset.UTC);
        jdbc.update(
                "delete from register_entry where period_code = ? and organisation_id = ?"
                        + " and (registered_at < ? or (registered_at = ? and accession_id < ?))",
                r.periodCode(),
                r.organisationId(),
                at,
                at,
                r.accessionId());
        Integer later = jdbc.queryForObject(
                "select count(*) from register_entry where period_code = ? and organisation_id = ?",
                Integer.class,
                r.periodCode(),
                r.organisationId());
        if (later != null && later > 0) {
            return;
        }
        jdbc.update(
                "insert into register_entry (period_code, organisation_id, accession_id, organisation_number,"
                        + " name_sort_key, organisation_type, type_rank, joined_on, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.periodCode(),
                r.organisationId(),
                r.accessionId(),
                r.organisationNumber(),
                SwedishOrder.key(r.organisationName()),
                r.organisationType().name(),
                typeRank(r.organisationType()),
                Date.valueOf(LocalDate.ofInstant(r.registeredAt(), ClockConfig.SWEDEN)),
                at);
    }

    /** The organisation's entries sort and filter by its new name and type. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void organisationChanged(OrganisationDetailsChanged c) {
        jdbc.update(
                "update register_entry set name_sort_key = ?, organisation_type = ?, type_rank = ? where organisation_id = ?",
                SwedishOrder.key(c.organisationName()),
                c.organisationType().name(),
                typeRank(c.organisationType()),
                c.organisationId());
    }
}
