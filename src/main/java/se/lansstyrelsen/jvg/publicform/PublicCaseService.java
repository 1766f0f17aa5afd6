package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessToken;
import se.lansstyrelsen.jvg.accession.AccessToken.Purpose;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.accession.FollowUpNote;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.minutes.MinutesExtractService;
import se.lansstyrelsen.jvg.minutes.MinutesExtractService.StoredExtract;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway.Withdrawal;
import se.lansstyrelsen.jvg.publicform.PublicCaseViews.CaseStatus;
import se.lansstyrelsen.jvg.publicform.PublicCaseViews.Completion;
import se.lansstyrelsen.jvg.publicform.PublicCaseViews.UsedCompletionLink;

/**
 * What the organisation can do with its secure links: see the case's status, withdraw it, complete it
 * while the caseworker waits for that, attach the extract of minutes. A link reaches only its own case.
 */
@Service
class PublicCaseService {

    private static final Set<AccessionStatus> WITHDRAWABLE = EnumSet.copyOf(AccessionStatus.OPEN);

    private final AccessTokenService tokens;
    private final AccessionService accessions;
    private final AccessionProcessGateway process;
    private final MinutesExtractService minutes;
    private final CompletionFormData formData;

    PublicCaseService(
            AccessTokenService tokens,
            AccessionService accessions,
            AccessionProcessGateway process,
            MinutesExtractService minutes,
            CompletionFormData formData) {
        this.tokens = tokens;
        this.accessions = accessions;
        this.process = process;
        this.minutes = minutes;
        this.formData = formData;
    }

    /** The status page's content, or empty when the link is unknown or expired. */
    @Transactional(readOnly = true)
    public Optional<CaseStatus> status(String token) {
        return caseOf(token, Purpose.STATUS)
                .map(a -> PublicCaseViews.status(
                        a,
                        WITHDRAWABLE.contains(a.getStatus()),
                        minutes.latestFileName(a.getId()).orElse(null)));
    }

    /**
     * Withdraws the case (correlates AccessionWithdrawn).
     *
     * @return NOT_RUNNING when the link is invalid or the case can no longer be withdrawn, CONFLICT when
     *     another change to the case won at the same moment (nothing was withdrawn)
     */
    public Withdrawal withdraw(String token, String reason) {
        Optional<Accession> accession = caseOf(token, Purpose.STATUS);
        if (accession.isEmpty() || !WITHDRAWABLE.contains(accession.get().getStatus())) {
            return Withdrawal.NOT_RUNNING;
        }
        String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleaned != null && cleaned.length() > 1000) {
            cleaned = cleaned.substring(0, 1000);
        }
        return process.withdraw(accession.get().getCaseNumber(), cleaned);
    }

    /** The completion page's content; empty when the link is invalid or the case does not wait for completion. */
    @Transactional(readOnly = true)
    public Optional<Completion> completion(String token) {
        return caseOf(token, Purpose.COMPLETION)
                .filter(this::awaitsCompletion)
                .map(a -> new Completion(
                        a.getCaseNumber(),
                        a.getOrganisation().getName(),
                        accessions
                                .latestFollowUp(a.getId())
                                .map(FollowUpNote::getMissingInformation)
                                .orElse(""),
                        formData.of(a)));
    }

    /**
     * The case of a completion link that cannot be used for a completion (any more): what the page says
     * instead of the form. Empty when the link is unknown or expired.
     */
    @Transactional(readOnly = true)
    public Optional<UsedCompletionLink> usedCompletionLink(String token) {
        return caseOf(token, Purpose.COMPLETION)
                .filter(a -> !awaitsCompletion(a))
                .map(a -> new UsedCompletionLink(
                        a.getCaseNumber(),
                        a.getOrganisation().getName(),
                        a.getStatus().label(),
                        a.getStatus() == AccessionStatus.COMPLETION_REQUESTED,
                        !AccessionStatus.OPEN.contains(a.getStatus())));
    }

    /**
     * A fresh status link for the case of a completion link. Safe to hand out: the completion link reaches
     * the same contact person and already allows more (changing the case's data); a status link only shows
     * the case and allows withdrawal. The reverse (a completion link from the status page) is not offered.
     */
    @Transactional
    public Optional<String> statusTokenFor(String completionToken) {
        return caseOf(completionToken, Purpose.COMPLETION)
                .map(a -> tokens.issue(a.getId(), Purpose.STATUS).token());
    }

    /** What the caseworker asked for, while the case of this status link waits for a completion. */
    @Transactional(readOnly = true)
    public Optional<String> requestedCompletion(String statusToken) {
        return caseOf(statusToken, Purpose.STATUS)
                .filter(a -> a.getStatus() == AccessionStatus.COMPLETION_REQUESTED)
                .flatMap(a -> accessions.latestFollowUp(a.getId()))
                .map(FollowUpNote::getMissingInformation)
                .filter(text -> !text.isBlank());
    }

    /**
     * Applies the completion and correlates AccessionCompleted.
     *
     * @return false when the link is invalid or the case does not wait for completion
     * @throws InvalidInputException when the data breaks a rule (nothing is changed)
     */
    @Transactional
    public boolean complete(String token, Map<String, Object> formData) {
        Optional<Accession> linked = caseOf(token, Purpose.COMPLETION);
        if (linked.isEmpty()) {
            return false;
        }
        // Two completions through the same link at once: the second waits for the first to commit, then finds the
        // case no longer waiting (checking first and correlating later let both pass the check).
        Optional<Accession> accession =
                Optional.of(accessions.lockForChange(linked.get().getId())).filter(this::awaitsCompletion);
        if (accession.isEmpty()) {
            return false;
        }
        accessions.applyCompletion(accession.get().getId(), formData);
        process.completionReceived(accession.get().getCaseNumber(), new LinkedHashMap<>(formData));
        return true;
    }

    /**
     * Attaches the extract of minutes to the case of a status or completion link.
     *
     * @return empty when the link is invalid
     */
    @Transactional
    public Optional<StoredExtract> attachMinutes(String token, String fileName, byte[] content) {
        Optional<Accession> accession = caseOf(token, Purpose.STATUS).or(() -> caseOf(token, Purpose.COMPLETION));
        if (accession.isEmpty()) {
            return Optional.empty();
        }
        Accession a = accession.get();
        if (!AccessionStatus.OPEN.contains(a.getStatus())) {
            throw new InvalidInputException(MinutesExtractService.FIELD, text("publicform.minutes.case-closed"));
        }
        StoredExtract stored = minutes.store(a.getId(), fileName, content);
        process.minutesExtractAttached(a.getCaseNumber(), stored.fileName());
        return Optional.of(stored);
    }

    private Optional<Accession> caseOf(String token, Purpose purpose) {
        return tokens.resolve(token, purpose).map(AccessToken::getAccessionId).map(accessions::get);
    }

    private boolean awaitsCompletion(Accession a) {
        return a.getStatus() == AccessionStatus.COMPLETION_REQUESTED && process.isAwaitingCompletion(a.getCaseNumber());
    }
}
