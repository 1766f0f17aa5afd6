package se.lansstyrelsen.jvg.invitation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.invitation.EligibleRowCheck.Checked;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * The list of organisations that may be invited: caseworkers add one or import many (CSV or XLSX). Every row is
 * checked first; one bad row refuses the whole import with a Swedish message per row, so nothing is half imported.
 * A row whose organisation number (or else name) is already in the list completes that entry instead.
 */
@Service
@Transactional
public class EligibleOrganisations {

    private final EligibleOrganisationRepository eligible;
    private final EligibleRowCheck rowCheck;
    private final Clock clock;

    EligibleOrganisations(EligibleOrganisationRepository eligible, MunicipalityDirectory municipalities, Clock clock) {
        this.eligible = eligible;
        this.rowCheck = new EligibleRowCheck(eligible, municipalities);
        this.clock = clock;
    }

    /** One organisation as typed or read from a file; all values raw. */
    public record Row(String name, String organisationNumber, String type, String municipalityCode, String email) {}

    /** A row of an imported file with its line number in the file. */
    public record Line(int number, Row row) {}

    /** Refused input: one Swedish message per bad row (or field). */
    public static class Refused extends RuntimeException {
        private final transient List<String> problems;

        Refused(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    @Transactional(readOnly = true)
    public List<EligibleOrganisation> all() {
        return eligible.findAllByOrderByNameAsc();
    }

    /** Adds one organisation (or completes the entry with the same number or name). */
    public void add(Row row, String actor) {
        List<String> problems = new ArrayList<>();
        Checked checked = rowCheck.check(row, null, problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        store(checked, text("invitation.eligible.added-by", actor, today()));
    }

    /** Imports the rows of a file (header removed), all or none. */
    public int importRows(List<Line> rows, String fileName, String actor) {
        List<String> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Line line : rows) {
            Checked c = rowCheck.check(line.row(), line.number(), problems);
            if (c == null) {
                continue;
            }
            if (!names.add(c.name().toLowerCase(Locale.ROOT))) {
                problems.add(
                        EligibleRowCheck.problem(line.number(), text("invitation.eligible.name-repeated", c.name())));
            }
            if (c.number() != null && !numbers.add(c.number())) {
                problems.add(EligibleRowCheck.problem(
                        line.number(), text("invitation.eligible.number-repeated", c.number())));
            }
            checked.add(c);
        }
        if (rows.isEmpty()) {
            problems.add(text("invitation.eligible.no-rows"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        String source = EligibleOrganisation.fitSource(text("invitation.eligible.imported", fileName, actor, today()));
        checked.forEach(c -> store(c, source));
        return checked.size();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.SWEDEN));
    }

    private void store(Checked c, String source) {
        Optional<EligibleOrganisation> existing = (c.number() == null
                        ? Optional.<EligibleOrganisation>empty()
                        : eligible.findByOrganisationNumber(c.number()))
                .or(() -> eligible.findByNameIgnoreCase(c.name()));
        if (existing.isPresent()) {
            existing.get()
                    .update(
                            c.number(),
                            c.type(),
                            c.municipalityCode(),
                            c.email(),
                            EligibleOrganisation.fitSource(text(
                                    "invitation.eligible.completed",
                                    existing.get().getSource(),
                                    source)));
        } else {
            eligible.save(new EligibleOrganisation(
                    c.name(), c.number(), c.type(), c.municipalityCode(), c.email(), source, clock.instant()));
        }
    }
}
