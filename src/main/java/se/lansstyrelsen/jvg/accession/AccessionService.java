package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.accession.CaseworkerInput.trimToNull;
import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * The accession case: taking the organisation's form data in (through {@link SubmissionIntake}), finding and
 * locking cases, and the process's own changes of a case. The caseworker's decisions are
 * made in {@link CaseworkerDecisions}.
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
            ApplicationEventPublisher events) {
        this.accessions = accessions;
        this.organisations = organisations;
        this.notes = notes;
        this.caseNumbers = caseNumbers;
        this.intake = new SubmissionIntake(accessions, organisations, caseNumbers, validator, catalogue, clock, events);
        this.clock = clock;
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

    /** The organisation's completion has arrived: the case goes back to review. */
    public void resumeReview(Long accessionId) {
        get(accessionId)
                .changeStatus(
                        AccessionStatus.UNDER_REVIEW, clock.instant(), null, text("accession.completion.received"));
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
