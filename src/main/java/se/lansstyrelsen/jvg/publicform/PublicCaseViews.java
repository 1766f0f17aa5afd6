package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;

/** What the organisation's case pages show (status, completion, a used completion link), built from the case. */
final class PublicCaseViews {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv-SE"))
            .withZone(ClockConfig.SWEDEN);

    private PublicCaseViews() {}

    /** The status page of a case: its status, what the organisation is expected to do, and the timeline. */
    static CaseStatus status(Accession a, boolean withdrawable, String minutesExtractName) {
        return new CaseStatus(
                a.getCaseNumber(),
                a.getOrganisation().getName(),
                a.getStatus().label(),
                expectation(a.getStatus()),
                a.getHistory().stream()
                        .map(h -> new TimelineEntry(h.getStatus().label(), WHEN.format(h.getChangedAt())))
                        .toList(),
                withdrawable,
                minutesExtractName);
    }

    /** What the organisation is expected to do now, in Swedish. */
    static String expectation(AccessionStatus status) {
        return switch (status) {
            case SUBMITTED, UNDER_REVIEW -> text("publicform.expectation.in-review");
            case COMPLETION_REQUESTED -> text("publicform.expectation.completion-requested");
            case APPROVED -> text("publicform.expectation.approved");
            case REGISTERED -> text("publicform.expectation.registered");
            case REJECTED -> text("publicform.expectation.rejected");
            case NOT_COMPLETED -> text("publicform.expectation.not-completed");
            case WITHDRAWN -> text("publicform.expectation.withdrawn");
        };
    }

    /** The status page. */
    record CaseStatus(
            String caseNumber,
            String organisationName,
            String statusLabel,
            String expectation,
            List<TimelineEntry> timeline,
            boolean withdrawable,
            String minutesExtractName) {}

    /** One line of the timeline. */
    record TimelineEntry(String label, String when) {}

    /**
     * A completion link that no longer opens the form.
     *
     * @param notYet the case waits for a completion, but the process is not there yet (try again shortly)
     * @param closed the case has ended
     */
    record UsedCompletionLink(
            String caseNumber, String organisationName, String statusLabel, boolean notYet, boolean closed) {

        /** The page's heading. */
        public String title() {
            return notYet
                    ? text("publicform.used-link.title.not-yet")
                    : closed ? text("publicform.used-link.title.closed") : text("publicform.used-link.title.received");
        }
    }

    /** The completion page. */
    record Completion(
            String caseNumber, String organisationName, String missingInformation, Map<String, Object> data) {}
}
