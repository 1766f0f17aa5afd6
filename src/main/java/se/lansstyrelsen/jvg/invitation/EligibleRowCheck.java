package se.lansstyrelsen.jvg.invitation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lansstyrelsen.jvg.form.InputText;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * The check of one row for the list of organisations that may be invited, typed or read from a file: every value
 * (name, organisation number, type, municipality code, e-mail address) with a Swedish message per wrong one, and an
 * organisation number that is already another entry's. Made by EligibleOrganisations, in its transaction.
 */
class EligibleRowCheck {

    /** Control characters, which a name may not hold. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private final EligibleOrganisationRepository eligible;
    private final MunicipalityDirectory municipalities;

    EligibleRowCheck(EligibleOrganisationRepository eligible, MunicipalityDirectory municipalities) {
        this.eligible = eligible;
        this.municipalities = municipalities;
    }

    /**
     * A problem of a file's row ({@code line}), "Rad 3: ...", or of the one organisation added (line null), with
     * its first letter capitalised.
     */
    static String problem(Integer line, String problem) {
        return line == null
                ? Character.toUpperCase(problem.charAt(0)) + problem.substring(1)
                : text("invitation.eligible.row-problem", line, problem);
    }

    /** A row's values as stored: stripped, the organisation number normalised, the type read. */
    record Checked(String name, String number, OrganisationType type, String municipalityCode, String email) {}

    /** The row's values checked; null, with its problems added, when any is wrong. */
    Checked check(EligibleOrganisations.Row row, Integer line, List<String> problems) {
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
