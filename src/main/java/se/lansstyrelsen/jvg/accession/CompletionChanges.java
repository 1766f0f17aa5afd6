package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import se.lansstyrelsen.jvg.organisation.Organisation;

/**
 * What an organisation's completion changes in its case, field by field, in Swedish: other values with old and
 * new value, the contact person's fields by name only (personal data stays out of the history).
 */
final class CompletionChanges {

    private CompletionChanges() {}

    /** The changes from the case as it stands to the completed form's data. */
    static List<String> between(Accession a, AccessionSubmission s) {
        Organisation organisation = a.getOrganisation();
        List<String> changes = new ArrayList<>();
        valueChanged(changes, "organisation-name", organisation.getName(), s.organisationName());
        valueChanged(
                changes,
                "organisation-type",
                organisation.getOrganisationType().label(),
                s.organisationType().label());
        valueChanged(changes, "municipality", organisation.getMunicipalityCode(), s.municipalityCode());
        changed(changes, "contact-name", a.getContact().name(), s.contactName());
        changed(changes, "contact-title", a.getContact().title(), s.contactTitle());
        changed(changes, "contact-email", a.getContact().email(), s.contactEmail());
        changed(changes, "contact-phone", a.getContact().phone(), s.contactPhone());
        valueChanged(changes, "decision-body", a.getDecision().body(), s.decisionBody());
        valueChanged(
                changes, "decision-date", String.valueOf(a.getDecision().date()), String.valueOf(s.decisionDate()));
        valueChanged(changes, "decision-reference", a.getDecision().reference(), s.decisionReference());
        changed(changes, "goals", new HashSet<>(a.getCommitment().goals()), new HashSet<>(s.goals()));
        changed(changes, "planned-work", a.getCommitment().plannedWork(), s.plannedWork());
        changed(changes, "info-session-interest", a.getCommitment().infoSessionInterest(), s.infoSessionInterest());
        return changes;
    }

    /** The history note of a completion with these changes. */
    static String note(List<String> changes) {
        return changes.isEmpty()
                ? text("accession.completion.unchanged")
                : text("accession.completion.changed", String.join("; ", changes));
    }

    /** Names the field when it changed. */
    private static void changed(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label(field));
        }
    }

    /** Names the field with its old and new value when it changed. */
    private static void valueChanged(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(text(
                    "accession.change.value",
                    label(field),
                    before == null ? "–" : before,
                    after == null ? "–" : after));
        }
    }

    private static String label(String field) {
        return text("accession.field." + field);
    }
}
