package se.lansstyrelsen.jvg.export;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * The case list for caseworkers and managers: every accession case with status, organisation, type, dates
 * and lead times, read in one streamed query (no entity is loaded, no contact data is read). Days are calendar
 * days in Stockholm.
 */
@Service
public class CaseList {

    private static final int FETCH_SIZE = 1_000;

    static final List<Table.Column> COLUMNS = List.of(
            new Table.Column(text("export.cases.column.case-number"), 16),
            new Table.Column(text("export.cases.column.status"), 30),
            new Table.Column(text("export.cases.column.organisation"), 40),
            new Table.Column(text("export.cases.column.organisation-number"), 20),
            new Table.Column(text("export.cases.column.type"), 18),
            new Table.Column(text("export.cases.column.submitted"), 12),
            new Table.Column(text("export.cases.column.registered"), 12),
            new Table.Column(text("export.cases.column.closed"), 12),
            new Table.Column(text("export.cases.column.lead-time"), 16),
            new Table.Column(text("export.cases.column.days-open"), 14));

    private final EntityManager em;
    private final Clock clock;

    CaseList(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Every case, oldest first, handed to {@code each} one row at a time as the database delivers them (read with a
     * fetch size, so the whole list is never held in memory).
     */
    @Transactional(readOnly = true)
    public void forEach(RowConsumer each) throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfig.SWEDEN);
        try (Stream<Object[]> result = em.createQuery(
                        "select a.caseNumber, a.status, o.name, o.organisationNumber,"
                                + " o.organisationType, a.filing.submittedAt, a.registration.registeredAt, a.closedAt from Accession a join a.organisation o"
                                + " order by a.filing.submittedAt, a.id",
                        Object[].class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            for (Iterator<Object[]> rows = result.iterator(); rows.hasNext(); ) {
                each.row(row(rows.next(), today));
            }
        }
    }

    /** Receives the case list while it is read. */
    @FunctionalInterface
    public interface RowConsumer {
        void row(List<Object> cells) throws IOException;
    }

    private static List<Object> row(Object[] r, LocalDate today) {
        LocalDate submitted = day((Instant) r[5]);
        LocalDate registered = day((Instant) r[6]);
        LocalDate closed = day((Instant) r[7]);
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(r[0]);
        row.add(((AccessionStatus) r[1]).label());
        row.add(r[2]);
        row.add(r[3]);
        row.add(((OrganisationType) r[4]).label());
        row.add(submitted);
        row.add(registered);
        row.add(closed);
        row.add(registered == null ? null : ChronoUnit.DAYS.between(submitted, registered));
        row.add(ChronoUnit.DAYS.between(submitted, closed == null ? today : closed));
        return row;
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ClockConfig.SWEDEN);
    }
}
