package se.lansstyrelsen.jvg.invitation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * Reads Tasklist's start form of an invitation round (name, text, deadline, whom to invite) and works out whom the
 * round invites: every chosen organisation that has a contact address, has not joined and has no open invitation
 * in another round; the others are listed as skipped, with the reason. Made by InvitationService, in its
 * transaction, with the repositories it reads.
 */
record RoundStartForm(
        EligibleOrganisationRepository eligible,
        InvitationRepository invitations,
        OrganisationRepository organisations) {

    private static final int MAX_NAME = 200;
    private static final int MAX_MESSAGE = 4000;
    /** How many skipped organisations the message names when none can be invited. */
    private static final int NAMED_SKIPPED = 5;

    /** Who a round invites (the start form's radio buttons). */
    enum Scope {
        ALL,
        MUNICIPALITIES,
        OTHERS,
        SELECTED
    }

    /** A checked start form: the round's values, whom it invites and whom it skips ("name (reason)"). */
    record Checked(
            String name,
            String message,
            LocalDate deadline,
            List<EligibleOrganisation> invited,
            List<String> skipped) {}

    /**
     * The form's values checked; the deadline must come after {@code today} (Swedish time).
     *
     * @throws InvalidInputException with a Swedish message per field, also when nobody chosen can be invited
     */
    Checked read(Map<String, ?> form, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = value(form, InvitationProcess.StartForm.NAME);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.put(InvitationProcess.StartForm.NAME, text("invitation.round.error.name"));
        }
        String message = value(form, InvitationProcess.StartForm.MESSAGE);
        if (message.isEmpty() || message.length() > MAX_MESSAGE) {
            errors.put(InvitationProcess.StartForm.MESSAGE, text("invitation.round.error.message"));
        }
        LocalDate deadline = deadline(value(form, InvitationProcess.StartForm.DEADLINE), today, errors);
        Scope scope = null;
        try {
            scope = Scope.valueOf(value(form, InvitationProcess.StartForm.SCOPE));
        } catch (IllegalArgumentException e) {
            errors.put(InvitationProcess.StartForm.SCOPE, text("invitation.round.error.scope"));
        }
        List<EligibleOrganisation> chosen =
                scope == null ? List.of() : choose(scope, value(form, InvitationProcess.StartForm.SELECTED), errors);
        List<EligibleOrganisation> invited = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (EligibleOrganisation o : chosen) {
            Optional<String> reason = skipReason(o);
            if (reason.isPresent()) {
                skipped.add(reason.get());
            } else {
                invited.add(o);
            }
        }
        if (errors.isEmpty() && invited.isEmpty()) {
            errors.put(InvitationProcess.StartForm.SCOPE, noneInvitable(skipped));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, String.join(" ", errors.values()));
        }
        return new Checked(name, message, deadline, invited, skipped);
    }

    /** The deadline (the first ten characters of an ISO date-time are enough); must be after today. */
    private static LocalDate deadline(String raw, LocalDate today, Map<String, String> errors) {
        try {
            LocalDate deadline = LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
            if (!deadline.isAfter(today)) {
                errors.put(InvitationProcess.StartForm.DEADLINE, text("invitation.round.error.deadline-past"));
            }
            return deadline;
        } catch (DateTimeParseException e) {
            errors.put(InvitationProcess.StartForm.DEADLINE, text("invitation.round.error.deadline-format"));
            return null;
        }
    }

    /** Why the organisation cannot be invited ("name (reason)"), or empty when it can. */
    private Optional<String> skipReason(EligibleOrganisation o) {
        if (o.getContactEmail() == null) {
            return Optional.of(text("invitation.round.skipped.no-email", o.getName()));
        } else if (hasJoined(o)) {
            return Optional.of(text("invitation.round.skipped.joined", o.getName()));
        } else if (!invitations.findByOrganisationIdAndEndedAtIsNull(o.getId()).isEmpty()) {
            return Optional.of(text("invitation.round.skipped.open-invitation", o.getName()));
        }
        return Optional.empty();
    }

    private static String noneInvitable(List<String> skipped) {
        if (skipped.isEmpty()) {
            return text("invitation.round.error.none-invitable");
        }
        String named = String.join(", ", skipped.subList(0, Math.min(NAMED_SKIPPED, skipped.size())));
        return skipped.size() > NAMED_SKIPPED
                ? text("invitation.round.error.none-invitable-of-more", named)
                : text("invitation.round.error.none-invitable-of", named);
    }

    private List<EligibleOrganisation> choose(Scope scope, String selected, Map<String, String> errors) {
        List<EligibleOrganisation> all = eligible.findAllByOrderByNameAsc();
        return switch (scope) {
            case ALL -> all;
            case MUNICIPALITIES ->
                all.stream()
                        .filter(o -> o.getOrganisationType() == OrganisationType.KOMMUN)
                        .toList();
            case OTHERS ->
                all.stream()
                        .filter(o -> o.getOrganisationType() != OrganisationType.KOMMUN)
                        .toList();
            case SELECTED -> selected(selected, errors);
        };
    }

    /** One organisation per line, by organisation number or exact name. */
    private List<EligibleOrganisation> selected(String lines, Map<String, String> errors) {
        List<EligibleOrganisation> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            String wanted = line.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            OrganisationNumber.Result number = OrganisationNumber.parse(wanted);
            Optional<EligibleOrganisation> match = number.valid()
                    ? eligible.findByOrganisationNumber(
                            number.number().orElseThrow().value())
                    : eligible.findByNameIgnoreCase(wanted);
            match.ifPresentOrElse(
                    o -> {
                        if (!found.contains(o)) {
                            found.add(o);
                        }
                    },
                    () -> unknown.add(wanted));
        }
        if (!unknown.isEmpty()) {
            errors.put(
                    InvitationProcess.StartForm.SELECTED,
                    text("invitation.round.error.unknown-selected", String.join(", ", unknown)));
        } else if (found.isEmpty()) {
            errors.put(InvitationProcess.StartForm.SELECTED, text("invitation.round.error.none-selected"));
        }
        return found;
    }

    private boolean hasJoined(EligibleOrganisation o) {
        return o.getOrganisationNumber() != null
                && organisations
                        .findByOrganisationNumber(o.getOrganisationNumber())
                        .map(org -> org.getJoinedAt() != null)
                        .orElse(false);
    }

    private static String value(Map<String, ?> form, String key) {
        Object value = form.get(key);
        return value == null ? "" : value.toString().strip();
    }
}
