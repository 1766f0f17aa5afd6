package se.lansstyrelsen.jvg.accession;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.FollowUpNote.ContactMethod;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.organisation.Organisation;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/** The accession case: everything the process does to a case happens here. */
@Service
@Transactional
public class AccessionService {

  private final AccessionRepository accessions;
  private final OrganisationRepository organisations;
  private final FollowUpNoteRepository notes;
  private final CaseNumberAllocator caseNumbers;
  private final SubmissionValidator validator;
  private final GoalCatalogue catalogue;
  private final Clock clock;
  private final AccessionSettings.Registration registration;
  private final org.springframework.context.ApplicationEventPublisher events;
  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager entityManager;

  AccessionService(AccessionRepository accessions, OrganisationRepository organisations, FollowUpNoteRepository notes,
      CaseNumberAllocator caseNumbers, SubmissionValidator validator, GoalCatalogue catalogue, Clock clock,
      AccessionSettings settings, org.springframework.context.ApplicationEventPublisher events) {
    this.registration = settings.getRegistration();
    this.events = events;
    this.accessions = accessions;
    this.organisations = organisations;
    this.notes = notes;
    this.caseNumbers = caseNumbers;
    this.validator = validator;
    this.catalogue = catalogue;
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
  public Registered registerSubmission(Map<String, ?> formData, String caseNumber, String processInstanceId, String submittedBy) {
    SubmissionValidator.Outcome outcome = validator.validate(formData, false);
    if (!outcome.valid()) {
      throw new InvalidInputException(outcome.errors(), outcome.describe(validator.form()));
    }
    AccessionSubmission s = outcome.submission().orElseThrow();
    Optional<Organisation> known = organisations.findByOrganisationNumber(s.organisationNumber().value());
    known.flatMap(o -> accessions.findFirstByOrganisationIdAndStatusInOrderByIdDesc(o.getId(), AccessionStatus.OPEN))
        .ifPresent(open -> {
          throw new OpenCaseConflictException(open.getCaseNumber());
        });
    Instant now = clock.instant();
    try {
      Organisation organisation = known
          .map(existing -> {
            existing.updateDetails(s.organisationName(), s.organisationType(), s.municipalityCode());
            events.publishEvent(new OrganisationDetailsChanged(existing.getId(), s.organisationName(),
                s.organisationType()));
            return existing;
          })
          .orElseGet(() -> organisations.save(new Organisation(s.organisationNumber(), s.organisationName(),
              s.organisationType(), s.municipalityCode(), now)));
      Optional<Accession> earlier = accessions.findFirstByOrganisationIdAndStatusInOrderByIdDesc(organisation.getId(),
          EnumSet.of(AccessionStatus.REGISTERED));
      boolean duplicate = organisation.getJoinedAt() != null || earlier.isPresent();
      String number = caseNumber != null ? caseNumber : caseNumbers.next();
      Accession accession = accessions.save(new Accession(number, catalogue.current().periodCode(), organisation, s,
          duplicate, processInstanceId, submittedBy, now));
      return new Registered(accession.getId(), accession.getCaseNumber(), duplicate,
          earlier.map(Accession::getCaseNumber).orElse(null), organisation.getOrganisationNumber());
    } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
      // Another submission for the same organisation committed its open case (or the new organisation)
      // between our check and our insert, or holds the row still: the unique indexes refuse the second one.
      throw new OpenCaseConflictException(null);
    }
  }

  /**
   * The organisation's completion through its secure link: validated like a public submission,
   * applied to the case. The organisation number cannot change (it identifies the organisation).
   *
   * @throws InvalidInputException with Swedish messages per field when the data breaks a rule
   */
  public void applyCompletion(Long accessionId, Map<String, ?> formData) {
    SubmissionValidator.Outcome outcome = validator.validate(formData, true);
    if (!outcome.valid()) {
      throw new InvalidInputException(outcome.errors(), outcome.describe(validator.form()));
    }
    AccessionSubmission s = outcome.submission().orElseThrow();
    Accession a = get(accessionId);
    if (!a.getOrganisation().getOrganisationNumber().equals(s.organisationNumber().value())) {
      throw new InvalidInputException(FormFields.ORGANISATION_NUMBER,
          "Organisationsnumret kan inte ändras i en komplettering. Skicka in en ny anslutning om det är fel organisation.");
    }
    if (a.getStatus() != AccessionStatus.COMPLETION_REQUESTED) {
      throw new IllegalStateException("Case " + a.getCaseNumber() + " does not wait for completion");
    }
    a.recordCompletion(a.changesBy(s), clock.instant());
    a.getOrganisation().updateDetails(s.organisationName(), s.organisationType(), s.municipalityCode());
    events.publishEvent(new OrganisationDetailsChanged(a.getOrganisation().getId(), s.organisationName(),
        s.organisationType()));
    a.apply(s);
  }

  /** The open case (still being handled) of the organisation with this number, if any. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> openCaseOf(String organisationNumber) {
    return organisations.findByOrganisationNumber(organisationNumber)
        .flatMap(o -> accessions.findFirstByOrganisationIdAndStatusInOrderByIdDesc(o.getId(), AccessionStatus.OPEN))
        .map(Accession::getCaseNumber);
  }

  /** Validates public form data without storing anything (the public API answers 400 from this). */
  @Transactional(readOnly = true)
  public AccessionSubmission validatePublic(Map<String, ?> formData) {
    SubmissionValidator.Outcome outcome = validator.validate(formData, true);
    if (!outcome.valid()) {
      throw new InvalidInputException(outcome.errors(), outcome.describe(validator.form()));
    }
    return outcome.submission().orElseThrow();
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Accession> byCaseNumber(String caseNumber) {
    return accessions.findByCaseNumber(caseNumber);
  }

  /** The caseworker's latest follow-up note of the case (what is missing), if any. */
  @Transactional(readOnly = true)
  public java.util.Optional<FollowUpNote> latestFollowUp(Long accessionId) {
    List<FollowUpNote> all = notes.findByAccessionIdOrderByCreatedAtAsc(accessionId);
    return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
  }

  /** Records the review decision; a rejection needs a reason, an approval a complete checklist. */
  public void recordReview(Long accessionId, ReviewDecision decision, String actor) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (decision.outcome() == null) {
      errors.put(TaskFormFields.REVIEW_OUTCOME, "Välj ett beslut: godkänn, begär komplettering eller avslå.");
    } else if (decision.outcome() == ReviewOutcome.REJECT && isBlank(decision.rejectionReason())) {
      errors.put(TaskFormFields.REJECTION_REASON, "Skriv en motivering till avslaget; den skickas till kontaktpersonen.");
    } else if (decision.outcome() == ReviewOutcome.APPROVE && !decision.checklistComplete()) {
      errors.put(TaskFormFields.REVIEW_OUTCOME, "Kryssa i alla fyra kontrollpunkterna innan du godkänner anslutningen.");
    }
    checkLength(errors, TaskFormFields.REJECTION_REASON, decision.rejectionReason(), 2000);
    checkLength(errors, TaskFormFields.REVIEW_COMMENT, decision.comment(), 2000);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, String.join(" ", errors.values()));
    }
    Accession a = get(accessionId);
    Instant now = clock.instant();
    switch (decision.outcome()) {
      case APPROVE -> a.changeStatus(AccessionStatus.APPROVED, now, actor, trimToNull(decision.comment()));
      case REJECT -> {
        a.changeStatus(AccessionStatus.REJECTED, now, actor, decision.rejectionReason().strip());
        a.close(now);
      }
      case REQUEST_COMPLETION -> a.changeStatus(AccessionStatus.COMPLETION_REQUESTED, now, actor,
          trimToNull(decision.comment()));
    }
    a.recordReview(trimToNull(decision.comment()),
        decision.outcome() == ReviewOutcome.REJECT ? decision.rejectionReason().strip() : null, now);
  }

  /** Stores what the caseworker found missing and how the contact person was reached. */
  public Long recordFollowUp(Long accessionId, String missingInformation, String contactMethod, String note, String actor) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (isBlank(missingInformation)) {
      errors.put(TaskFormFields.MISSING_INFORMATION, "Beskriv vad som saknas; texten skickas till kontaktpersonen.");
    }
    ContactMethod method = null;
    try {
      method = ContactMethod.valueOf(contactMethod == null ? "" : contactMethod);
    } catch (IllegalArgumentException e) {
      errors.put(TaskFormFields.CONTACT_METHOD, "Välj hur kontakten togs.");
    }
    checkLength(errors, TaskFormFields.MISSING_INFORMATION, missingInformation, 2000);
    checkLength(errors, TaskFormFields.FOLLOW_UP_NOTE, note, 4000);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, String.join(" ", errors.values()));
    }
    get(accessionId);
    return notes.save(new FollowUpNote(accessionId, missingInformation.strip(), method, trimToNull(note), actor,
        clock.instant())).getId();
  }

  /** The organisation's completion has arrived: the case goes back to review. */
  public void resumeReview(Long accessionId) {
    get(accessionId).changeStatus(AccessionStatus.UNDER_REVIEW, clock.instant(), null, "Komplettering inkommen");
  }

  /** Formal registration: the organisation now stands in the register of joined organisations. */
  public void registerOrganisation(Long accessionId, String registrationReference, boolean goalsConfirmed, String actor) {
    Map<String, String> errors = new LinkedHashMap<>();
    String reference = registrationReference == null ? "" : registrationReference.strip();
    if (!registration.getReferencePattern().matcher(reference).matches()) {
      errors.put(TaskFormFields.REGISTRATION_REFERENCE, "Ange diarienumret som handlingen fick i registret, t.ex. "
          + registration.getReferenceExample() + ".");
    }
    if (!goalsConfirmed) {
      errors.put(TaskFormFields.GOALS_CONFIRMED, "Bekräfta att du har kontrollerat de prioriterade målen.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, String.join(" ", errors.values()));
    }
    Accession a = get(accessionId);
    Instant now = clock.instant();
    a.changeStatus(AccessionStatus.REGISTERED, now, actor, "Diarienummer " + reference);
    a.register(reference, now);
    a.close(now);
    Organisation o = a.getOrganisation();
    // The register of joined organisations follows in this transaction (register.RegisterEntries).
    events.publishEvent(new AccessionRegistered(a.getId(), a.getPeriodCode(), o.getId(), o.getOrganisationNumber(),
        o.getName(), o.getOrganisationType(), now));
  }

  /** The organisation did not complete its accession in time. */
  public void closeNotCompleted(Long accessionId, String comment, String actor) {
    Accession a = get(accessionId);
    Instant now = clock.instant();
    a.changeStatus(AccessionStatus.NOT_COMPLETED, now, actor, trimToNull(comment));
    a.close(now);
  }

  /** The organisation withdrew its accession. */
  public void markWithdrawn(Long accessionId, String reason) {
    Accession a = get(accessionId);
    Instant now = clock.instant();
    a.changeStatus(AccessionStatus.WITHDRAWN, now, null, trimToNull(reason));
    a.close(now);
  }

  /** Replaces the case's contact person (the register shows it); recorded in the case's history. */
  public void changeContactPerson(Long accessionId, String name, String title, String email, String phone, String actor,
      String note) {
    get(accessionId).changeContactPerson(name, title, email, phone, clock.instant(), actor, note);
  }

  /** The id of the case with this number (the process instance's business key). */
  @Transactional(readOnly = true)
  public Long idOfCase(String caseNumber) {
    return accessions.findByCaseNumber(caseNumber).map(Accession::getId)
        .orElseThrow(() -> new IllegalStateException("No accession with case number " + caseNumber));
  }

  /** Who approved the case in its latest review (for the four-eyes rule), if anyone did. */
  @Transactional(readOnly = true)
  public Optional<String> approverOf(String caseNumber) {
    return accessions.findByCaseNumber(caseNumber).flatMap(a -> a.getHistory().stream()
        .filter(h -> h.getStatus() == AccessionStatus.APPROVED).reduce((first, second) -> second))
        .map(StatusChange::getActor);
  }

  /**
   * The case re-read under a row lock held to the end of the caller's transaction: a second change of the same
   * case (two completions through one link at once) waits here and then sees what the first committed.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public Accession lockForChange(Long accessionId) {
    Accession a = get(accessionId);
    entityManager.refresh(a, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    return a;
  }

  public Accession get(Long accessionId) {
    return accessions.findById(accessionId)
        .orElseThrow(() -> new IllegalStateException("No accession with id " + accessionId));
  }

  /** The follow-up note, which must belong to the case. */
  public FollowUpNote followUp(Long accessionId, Long followUpId) {
    return notes.findById(followUpId).filter(n -> n.getAccessionId().equals(accessionId))
        .orElseThrow(() -> new IllegalStateException("No follow-up note " + followUpId + " in case " + accessionId));
  }

  /** The case's follow-up notes, oldest first. */
  @Transactional(readOnly = true)
  public List<FollowUpNote> followUps(Long accessionId) {
    return notes.findByAccessionIdOrderByCreatedAtAsc(accessionId);
  }

  private static void checkLength(Map<String, String> errors, String key, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.putIfAbsent(key, "Högst " + max + " tecken.");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  /** The review decision as the caseworker submitted it. */
  public record ReviewDecision(ReviewOutcome outcome, boolean decisionStated, boolean goalsChosen,
      boolean contactComplete, boolean organisationEligible, String comment, String rejectionReason) {
    boolean checklistComplete() {
      return decisionStated && goalsChosen && contactComplete && organisationEligible;
    }
  }

  /**
   * A created case, with the organisation number in canonical form (NNNNNN-NNNN) and, for a possible
   * duplicate, the organisation's latest open or registered case.
   */
  public record Registered(Long accessionId, String caseNumber, boolean possibleDuplicate, String duplicateOf,
      String organisationNumber) {}
}
