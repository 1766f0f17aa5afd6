package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.accession.CaseworkerInput.trimToNull;
import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.FollowUpNote.ContactMethod;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.organisation.Organisation;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * The accession case: everything the process does to a case happens here. Taking form data in is
 * {@link SubmissionIntake}'s part, checking caseworkers' task input {@link CaseworkerInput}'s.
 */
@Service
@Transactional
public class AccessionService {

    private final AccessionRepository accessions;
    private final OrganisationRepository organisations;
    private final FollowUpNoteRepository notes;
    private final CaseNumberAllocator caseNumbers;
    private final SubmissionIntake intake;
    private final Clock clock;
    private final AccessionSettings.Registration registration;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    AccessionService(
            AccessionRepository accessions,
            OrganisationRepository organisations,
            FollowUpNoteRepository notes,
            CaseNumberAllocator caseNumbers,
            SubmissionValidator validator,
            GoalCatalogue catalogue,
            Clock clock,
            AccessionSettings settings,
            ApplicationEventPublisher events) {
        this.accessions = accessions;
        this.organisations = organisations;
        this.notes = notes;
        this.caseNumbers = caseNumbers;
        this.intake = new SubmissionIntake(accessions, organisations, caseNumbers, validator, catalogue, clock, events);
        this.clock = clock;
        this.registration = settings.getRegistration();
        this.events = events;
    }

    /** A new case number (its own transaction, safe under concurrency). */
    public String allocateCaseNumber() {
        return caseNumbers.next();
    }

    /**
     * Validates the form data again and creates the case.
     *
     * @param caseNumber the case number already allocated (public submission), or null to allocate one
     * @throws InvalidInputException with Swedish messages per field when the data breaks a rule
     */
    public Registered registerSubmission(
            Map<String, ?> formData, String caseNumber, String processInstanceId, String submittedBy) {
        return intake.register(formData, caseNumber, processInstanceId, submittedBy);
    }

    /**
     * The organisation's completion through its secure link: validated like a public submission,
     * applied to the case. The organisation number cannot change (it identifies the organisation).
     *
     * @throws InvalidInputException with Swedish messages per field when the data breaks a rule
     */
    public void applyCompletion(Long accessionId, Map<String, ?> formData) {
        intake.complete(() -> get(accessionId), formData);
    }

    /** The open case (still being handled) of the organisation with this number, if any. */
    @Transactional(readOnly = true)
    public Optional<String> openCaseOf(String organisationNumber) {
        return organisations
                .findByOrganisationNumber(organisationNumber)
                .flatMap(o ->
                        accessions.findFirstByOrganisationIdAndStatusInOrderByIdDesc(o.getId(), AccessionStatus.OPEN))
                .map(Accession::getCaseNumber);
    }

    /** Validates public form data without storing anything (the public API answers 400 from this). */
    @Transactional(readOnly = true)
    public AccessionSubmission validatePublic(Map<String, ?> formData) {
        return intake.validated(formData, true);
    }

    @Transactional(readOnly = true)
    public Optional<Accession> byCaseNumber(String caseNumber) {
        return accessions.findByCaseNumber(caseNumber);
    }

    /** The caseworker's latest follow-up note of the case (what is missing), if any. */
    @Transactional(readOnly = true)
    public Optional<FollowUpNote> latestFollowUp(Long accessionId) {
        List<FollowUpNote> all = notes.findByAccessionIdOrderByCreatedAtAsc(accessionId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Records the review decision; a rejection needs a reason, an approval a complete checklist. */
    public void recordReview(Long accessionId, ReviewDecision decision, String actor) {
        CaseworkerInput.checkReview(decision);
        Accession a = get(accessionId);
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
        get(accessionId);
        return notes.save(new FollowUpNote(
                        accessionId, missingInformation.strip(), method, trimToNull(note), actor, clock.instant()))
                .getId();
    }

    /** The organisation's completion has arrived: the case goes back to review. */
    public void resumeReview(Long accessionId) {
        get(accessionId)
                .changeStatus(
                        AccessionStatus.UNDER_REVIEW, clock.instant(), null, text("accession.completion.received"));
    }

    /** Formal registration: the organisation now stands in the register of joined organisations. */
    public void registerOrganisation(
            Long accessionId, String registrationReference, boolean goalsConfirmed, String actor) {
        String reference = CaseworkerInput.checkRegistration(registrationReference, goalsConfirmed, registration);
        Accession a = get(accessionId);
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
        get(accessionId).changeStatus(AccessionStatus.NOT_COMPLETED, clock.instant(), actor, trimToNull(comment));
    }

    /** The organisation withdrew its accession. */
    public void markWithdrawn(Long accessionId, String reason) {
        get(accessionId).changeStatus(AccessionStatus.WITHDRAWN, clock.instant(), null, trimToNull(reason));
    }

    /** Replaces the case's contact person (the register shows it); recorded in the case's history. */
    public void changeContactPerson(
            Long accessionId, String name, String title, String email, String phone, String actor, String note) {
        get(accessionId).changeContactPerson(ContactPerson.of(name, title, email, phone), clock.instant(), actor, note);
    }

    /** The id of the case with this number (the process instance's business key). */
    @Transactional(readOnly = true)
    public Long idOfCase(String caseNumber) {
        return accessions
                .findByCaseNumber(caseNumber)
                .map(Accession::getId)
                .orElseThrow(() -> new IllegalStateException("No accession with case number " + caseNumber));
    }

    /** Who approved the case in its latest review (for the four-eyes rule), if anyone did. */
    @Transactional(readOnly = true)
    public Optional<String> approverOf(String caseNumber) {
        return accessions
                .findByCaseNumber(caseNumber)
                .flatMap(a -> a.getHistory().stream()
                        .filter(h -> h.getStatus() == AccessionStatus.APPROVED)
                        .reduce((first, second) -> second))
                .map(StatusChange::getActor);
    }

    /**
     * The case re-read under a row lock held to the end of the caller's transaction: a second change of the same
     * case (two completions through one link at once) waits here and then sees what the first committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Accession lockForChange(Long accessionId) {
        Accession a = get(accessionId);
        entityManager.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    public Accession get(Long accessionId) {
        return accessions
                .findById(accessionId)
                .orElseThrow(() -> new IllegalStateException("No accession with id " + accessionId));
    }

    /** The follow-up note, which must belong to the case. */
    public FollowUpNote followUp(Long accessionId, Long followUpId) {
        return notes.findById(followUpId)
                .filter(n -> n.getAccessionId().equals(accessionId))
                .orElseThrow(
                        () -> new IllegalStateException("No follow-up note " + followUpId + " in case " + accessionId));
    }

    /** The case's follow-up notes, oldest first. */
    @Transactional(readOnly = true)
    public List<FollowUpNote> followUps(Long accessionId) {
        return notes.findByAccessionIdOrderByCreatedAtAsc(accessionId);
    }

    /** The review decision as the caseworker submitted it. */
    public record ReviewDecision(
            ReviewOutcome outcome,
            boolean decisionStated,
            boolean goalsChosen,
            boolean contactComplete,
            boolean organisationEligible,
            String comment,
            String rejectionReason) {
        boolean checklistComplete() {
            return decisionStated && goalsChosen && contactComplete && organisationEligible;
        }
    }

    /**
     * A created case, with the organisation number in canonical form (NNNNNN-NNNN) and, for a possible
     * duplicate, the organisation's latest open or registered case.
     */
    public record Registered(
            Long accessionId,
            String caseNumber,
            boolean possibleDuplicate,
            String duplicateOf,
            String organisationNumber) {}
}
