package se.lansstyrelsen.jvg.caseview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.CaseHistory;
import se.lansstyrelsen.jvg.accession.FollowUpNote;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway.AwaitingCompletion;

/**
 * What caseworkers read outside Tasklist's tasks: the cases waiting for the organisation's completion
 * (which have no user task, so no Tasklist filter can show them) and one case's history.
 */
@Service
@Transactional(readOnly = true)
public class CaseViews {

    private final AccessionProcessGateway process;
    private final AccessionService accessions;
    private final CaseHistory history;
    private final AccessionSettings settings;

    CaseViews(
            AccessionProcessGateway process,
            AccessionService accessions,
            CaseHistory history,
            AccessionSettings settings) {
        this.process = process;
        this.accessions = accessions;
        this.history = history;
        this.settings = settings;
    }

    /** The waiting cases, the one whose wait ends first at the top. */
    public List<Waiting> waitingForCompletion() {
        return process.awaitingCompletion().stream()
                .flatMap(w -> accessions.byCaseNumber(w.caseNumber()).map(a -> waiting(a, w)).stream())
                .sorted(Comparator.comparing(Waiting::waitEnds, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** A case's history, oldest first, with the organisation; empty for an unknown case number. */
    public Optional<CaseView> caseView(String caseNumber) {
        return accessions
                .byCaseNumber(caseNumber)
                .map(a -> new CaseView(
                        a.getCaseNumber(),
                        a.getOrganisation().getName(),
                        a.getStatus().label(),
                        history.of(a).stream()
                                .map(e -> new Event(at(e.when()), e.what(), e.who(), e.detail()))
                                .toList()));
    }

    private Waiting waiting(Accession a, AwaitingCompletion w) {
        FollowUpNote asked = accessions.latestFollowUp(a.getId()).orElse(null);
        boolean lastWait = w.remindersSent() >= settings.getMaxReminders();
        return new Waiting(
                a.getCaseNumber(),
                a.getOrganisation().getName(),
                a.getOrganisation().getOrganisationType().label(),
                asked == null ? null : date(asked.getCreatedAt()),
                asked == null ? null : asked.getCreatedBy(),
                asked == null ? null : asked.getMissingInformation(),
                date(w.waitEnds()),
                lastWait ? text("caseview.waiting.decide") : text("caseview.waiting.reminder", w.remindersSent() + 1),
                w.remindersSent(),
                a.getContact().name(),
                a.getContact().email(),
                a.getContact().phone());
    }

    private static LocalDate date(Instant when) {
        return when == null ? null : LocalDate.ofInstant(when, ClockConfig.SWEDEN);
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm", java.util.Locale.forLanguageTag("sv-SE"))
            .withZone(ClockConfig.SWEDEN);

    private static String at(Instant when) {
        return WHEN.format(when);
    }

    /** One waiting case as the list shows it. */
    public record Waiting(
            String caseNumber,
            String organisationName,
            String organisationType,
            LocalDate askedOn,
            String askedBy,
            String missingInformation,
            LocalDate waitEnds,
            String afterWait,
            int remindersSent,
            String contactName,
            String contactEmail,
            String contactPhone) {}

    /** One case and its events. */
    public record CaseView(String caseNumber, String organisationName, String status, List<Event> events) {}

    /** One event, in Stockholm's time. */
    public record Event(String when, String what, String who, String detail) {}
}
