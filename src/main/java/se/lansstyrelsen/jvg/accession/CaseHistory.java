package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * A case's history as the caseworker reads it in every task form: received, decisions with their
 * comments, what was asked of the organisation and how it was reached, what the completion changed.
 */
@Service
public class CaseHistory {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern(
                    "d MMM yyyy", java.util.Locale.forLanguageTag("sv-SE"))
            .withZone(ClockConfig.SWEDEN);

    private final FollowUpNoteRepository notes;

    CaseHistory(FollowUpNoteRepository notes) {
        this.notes = notes;
    }

    /** The case's events, oldest first (within a transaction: the status history loads lazily). */
    @Transactional(readOnly = true)
    public List<Entry> of(Accession a) {
        List<Entry> entries = new ArrayList<>();
        List<FollowUpNote> asked = notes.findByAccessionIdOrderByCreatedAtAsc(a.getId());
        List<Instant> answered = a.getHistory().stream()
                .filter(h -> h.getStatus() == AccessionStatus.UNDER_REVIEW)
                .map(StatusChange::getChangedAt)
                .sorted()
                .toList();
        for (StatusChange change : a.getHistory()) {
            String detail = change.getNote();
            if (change.getStatus() == AccessionStatus.UNDER_REVIEW) {
                // The completion answers the latest request made before it.
                FollowUpNote request = asked.stream()
                        .filter(n -> !n.getCreatedAt().isAfter(change.getChangedAt()))
                        .reduce((first, second) -> second)
                        .orElse(null);
                if (request != null) {
                    detail = (detail == null ? "" : detail + ". ")
                            + text(
                                    "accession.history.answer-to-request",
                                    DAY.format(request.getCreatedAt()),
                                    request.getMissingInformation());
                }
            }
            entries.add(new Entry(change.getChangedAt(), change.getStatus().label(), change.getActor(), detail));
        }
        for (FollowUpNote note : asked) {
            Instant answer = answered.stream()
                    .filter(t -> t.isAfter(note.getCreatedAt()))
                    .findFirst()
                    .orElse(null);
            entries.add(new Entry(
                    note.getCreatedAt(),
                    text("accession.history.request"),
                    note.getCreatedBy(),
                    text(
                                    "accession.history.request-detail",
                                    note.getMissingInformation(),
                                    contactMethod(note.getContactMethod()))
                            + (note.getNote() == null ? "" : ". " + text("accession.history.note", note.getNote()))
                            + ". "
                            + (answer == null
                                    ? text("accession.history.no-answer")
                                    : text("accession.history.answered", DAY.format(answer)))));
        }
        entries.sort(Comparator.comparing(Entry::when));
        return entries;
    }

    private static String contactMethod(FollowUpNote.ContactMethod method) {
        return text("accession.contact-method." + (method == null ? "unstated" : method.name()));
    }

    /** One event: when, what (a status label or a kind of event), who (null for the organisation or the system). */
    public record Entry(Instant when, String what, String who, String detail) {}
}
