package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.accession.CaseworkerInput.trimToNull;
import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.FollowUpNote.ContactMethod;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.organisation.Organisation;

/**
 * The caseworker's decisions in the case's tasks (review, request for completion, registration, closing), each
 * checked by {@link CaseworkerInput} before it changes the case.
 */
@Service
@Transactional
public class CaseworkerDecisions {

    private final AccessionService accessions;
    private final FollowUpNoteRepository notes;
    private final Clock clock;
    private final AccessionSettings.Registration registration;
    private final ApplicationEventPublisher events;

    CaseworkerDecisions(
            AccessionService accessions,
            FollowUpNoteRepository notes,
            Clock clock,
            AccessionSettings settings,
            ApplicationEventPublisher events) {
        this.accessions = accessions;
        this.notes = notes;
        this.clock = clock;
        this.registration = settings.getRegistration();
        this.events = events;
    }

    /** Records the review decision; a rejection needs a reason, an approval a complete checklist. */
    public void recordReview(Long accessionId, ReviewDecision decision, String actor) {
        CaseworkerInput.checkReview(decision);
        Accession a = accessions.get(accessionId);
        Instant now = clock.instant();
        switch (decision.outcome()) {
            case APPROVE -> a.changeStatus(AccessionStatus.APPROVED, now, actor, trimToNull(decision.comment()));
            case REJECT ->
                a.changeStatus(
                        AccessionStatus.REJECTED,
                        now,
                        actor,
                        decision.rejectionReason().strip());
            case REQUEST_COMPLETION ->
                a.changeStatus(AccessionStatus.COMPLETION_REQUESTED, now, actor, trimToNull(decision.comment()));
        }
        a.recordReview(
                trimToNull(decision.comment()),
                decision.outcome() == ReviewOutcome.REJECT
                        ? decision.rejectionReason().strip()
                        : null,
                now);
    }

    /** Stores what the caseworker found missing and how the contact person was reached. */
    public Long recordFollowUp(
            Long accessionId, String missingInformation, String contactMethod, String note, String actor) {
        ContactMethod method = CaseworkerInput.checkFollowUp(missingInformation, contactMethod, note);
        accessions.get(accessionId);
        return notes.save(new FollowUpNote(
                        accessionId, missingInformation.strip(), method, trimToNull(note), actor, clock.instant()))
                .getId();
    }

    /** Formal registration: the organisation now stands in the register of joined organisations. */
    public void registerOrganisation(
            Long accessionId, String registrationReference, boolean goalsConfirmed, String actor) {
        String reference = CaseworkerInput.checkRegistration(registrationReference, goalsConfirmed, registration);
        Accession a = accessions.get(accessionId);
        Instant now = clock.instant();
        a.changeStatus(AccessionStatus.REGISTERED, now, actor, text("accession.registration.note", reference));
        a.register(reference, now);
        Organisation o = a.getOrganisation();
        // The register of joined organisations follows in this transaction (register.RegisterEntries).
        events.publishEvent(new AccessionRegistered(
                a.getId(),
                a.getPeriodCode(),
                o.getId(),
                o.getOrganisationNumber(),
                o.getName(),
                o.getOrganisationType(),
                now));
    }

    /** The organisation did not complete its accession in time. */
    public void closeNotCompleted(Long accessionId, String comment, String actor) {
        accessions
                .get(accessionId)
                .changeStatus(AccessionStatus.NOT_COMPLETED, clock.instant(), actor, trimToNull(comment));
    }
}
