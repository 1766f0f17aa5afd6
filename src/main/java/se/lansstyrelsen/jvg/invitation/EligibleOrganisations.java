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
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.form.InputText;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * The list of organisations that may be invited: caseworkers add one or import many (CSV or XLSX). Every row is
 * checked first; one bad row refuses the whole import with a Swedish message per row, so nothing is half imported.
 * A row whose organisation number (or else name) is already in the list completes that entry instead.
 */
@Service
@Transactional
public class EligibleOrganisations {

    /** The accession form's rule: a local part of at most 64 characters, a top domain of two or more. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private final EligibleOrganisationRepository eligible;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;

    EligibleOrganisations(EligibleOrganisationRepository eligible, MunicipalityDirectory municipalities, Clock clock) {
        this.eligible = eligible;
        this.municipalities = municipalities;
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
        Checked checked = check(row, null, problems);
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
            Checked c = check(line.row(), line.number(), problems);
            if (c == null) {
                continue;
            }
            if (!names.add(c.name().toLowerCase(Locale.ROOT))) {
                problems.add(problem(line.number(), text("invitation.eligible.name-repeated", c.name())));
            }
            if (c.number() != null && !numbers.add(c.number())) {
                problems.add(problem(line.number(), text("invitation.eligible.number-repeated", c.number())));
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

    /**
     * A problem of a file's row ({@code line}), "Rad 3: ...", or of the one organisation added (line null), with
     * its first letter capitalised.
     */
    private static String problem(Integer line, String problem) {
        return line == null
                ? Character.toUpperCase(problem.charAt(0)) + problem.substring(1)
                : text("invitation.eligible.row-problem", line, problem);
    }

    private record Checked(String name, String number, OrganisationType type, String municipalityCode, String email) {}

    /** The row's values checked; null, with its problems added, when any is wrong. */
    private Checked check(Row row, Integer line, List<String> problems) {
        int before = problems.size();
        String name = strip(row.name());
        if (name == null || name.length() > 200 || CONTROL.matcher(name).find()) {
            problems.add(problem(line, text("invitation.eligible.name")));
        }
        String number = null;
        if (strip(row.organisationNumber()) != null) {
            OrganisationNumber.Result parsed = OrganisationNumber.parse(strip(row.organisationNumber()));
            if (parsed.valid()) {
                number = parsed.number().orElseThrow().value();
            } else {
                problems.add(problem(line, parsed.error()));
            }
        }
        OrganisationType type = type(strip(row.type()));
        if (type == null) {
            problems.add(problem(line, text("invitation.eligible.type")));
        }
        String code = strip(row.municipalityCode());
        if (code != null && municipalities.byCode(code).isEmpty()) {
            problems.add(problem(line, text("invitation.eligible.municipality-code", code)));
        }
        String email = strip(row.email());
        if (email != null && (email.length() > 254 || !InputText.isEmailAddress(email))) {
            problems.add(problem(line, text("invitation.eligible.email", email)));
        }
        if (problems.size() > before) {
            return null;
        }
        Optional<EligibleOrganisation> byNumber =
                number == null ? Optional.empty() : eligible.findByOrganisationNumber(number);
        Optional<EligibleOrganisation> byName = eligible.findByNameIgnoreCase(name);
        if (byNumber.isPresent()
                && byName.isPresent()
                && !byNumber.get().getId().equals(byName.get().getId())) {
            problems.add(problem(
                    line,
                    text(
                            "invitation.eligible.number-taken",
                            number,
                            byNumber.get().getName())));
            return null;
        }
        return new Checked(name, number, type, code, email);
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

    private static OrganisationType type(String value) {
        if (value == null) {
            return null;
        }
        for (OrganisationType t : OrganisationType.values()) {
            if (t.name().equalsIgnoreCase(value) || t.label().equalsIgnoreCase(value)) {
                return t;
            }
        }
        return null;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
