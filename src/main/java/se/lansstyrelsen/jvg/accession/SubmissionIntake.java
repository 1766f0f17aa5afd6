package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import se.lansstyrelsen.jvg.accession.AccessionService.Registered;
import se.lansstyrelsen.jvg.organisation.Organisation;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * Takes an organisation's form data into a case: validates it, creates the case (and the organisation, or
 * updates its details) or applies a completion. Runs in the transactions of {@link AccessionService}, which
 * owns it.
 */
final class SubmissionIntake {

    private final AccessionRepository accessions;
    private final OrganisationRepository organisations;
    private final CaseNumberAllocator caseNumbers;
    private final SubmissionValidator validator;
    private final GoalCatalogue catalogue;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SubmissionIntake(
            AccessionRepository accessions,
            OrganisationRepository organisations,
            CaseNumberAllocator caseNumbers,
            SubmissionValidator validator,
            GoalCatalogue catalogue,
            Clock clock,
            ApplicationEventPublisher events) {
        this.accessions = accessions;
        this.organisations = organisations;
        this.caseNumbers = caseNumbers;
        this.validator = validator;
        this.catalogue = catalogue;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The form data as a typed submission.
     *
     * @param rejectUnknownFields whether a key the form does not declare is an error
     * @throws InvalidInputException with Swedish messages per field when the data breaks a rule
     */
    AccessionSubmission validated(Map<String, ?> formData, boolean rejectUnknownFields) {
        SubmissionValidator.Outcome outcome = validator.validate(formData, rejectUnknownFields);
        if (!outcome.valid()) {
            throw new InvalidInputException(outcome.errors(), outcome.describe(validator.form()));
        }
        return outcome.submission().orElseThrow();
    }

    /** See {@link AccessionService#registerSubmission}. */
    Registered register(Map<String, ?> formData, String caseNumber, String processInstanceId, String submittedBy) {
        AccessionSubmission s = validated(formData, false);
        Optional<Organisation> known =
                organisations.findByOrganisationNumber(s.organisationNumber().value());
        known.flatMap(o ->
                        accessions.findFirstByOrganisationIdAndStatusInOrderByIdDesc(o.getId(), AccessionStatus.OPEN))
                .ifPresent(open -> {
                    throw new OpenCaseConflictException(open.getCaseNumber());
                });
        Instant now = clock.instant();
        try {
            Organisation organisation = known.map(existing -> updateDetails(existing, s))
                    .orElseGet(() -> organisations.save(new Organisation(
                            s.organisationNumber(),
                            s.organisationName(),
                            s.organisationType(),
                            s.municipalityCode(),
                            now)));
            Optional<Accession> earlier = accessions.findFirstByOrganisationIdAndStatusInOrderByIdDesc(
                    organisation.getId(), EnumSet.of(AccessionStatus.REGISTERED));
            boolean duplicate = organisation.getJoinedAt() != null || earlier.isPresent();
            String number = caseNumber != null ? caseNumber : caseNumbers.next();
            Accession accession = accessions.save(new Accession(
                    number,
                    catalogue.current().periodCode(),
                    organisation,
                    s,
                    duplicate,
                    processInstanceId,
                    submittedBy,
                    now));
            return new Registered(
                    accession.getId(),
                    accession.getCaseNumber(),
                    duplicate,
                    earlier.map(Accession::getCaseNumber).orElse(null),
                    organisation.getOrganisationNumber());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            // Another submission for the same organisation committed its open case (or the new organisation)
            // between our check and our insert, or holds the row still: the unique indexes refuse the second one.
            throw new OpenCaseConflictException(null);
        }
    }

    /** See {@link AccessionService#applyCompletion}. */
    void complete(Supplier<Accession> accession, Map<String, ?> formData) {
        AccessionSubmission s = validated(formData, true);
        Accession a = accession.get();
        if (!a.getOrganisation()
                .getOrganisationNumber()
                .equals(s.organisationNumber().value())) {
            throw new InvalidInputException(
                    FormFields.ORGANISATION_NUMBER, text("accession.completion.organisation-number-fixed"));
        }
        if (a.getStatus() != AccessionStatus.COMPLETION_REQUESTED) {
            throw new IllegalStateException("Case " + a.getCaseNumber() + " does not wait for completion");
        }
        a.recordCompletion(s, clock.instant());
        updateDetails(a.getOrganisation(), s);
        a.apply(s);
    }

    /** The organisation's name, type and municipality as the form has them; the register follows the event. */
    private Organisation updateDetails(Organisation organisation, AccessionSubmission s) {
        organisation.updateDetails(s.organisationName(), s.organisationType(), s.municipalityCode());
        events.publishEvent(
                new OrganisationDetailsChanged(organisation.getId(), s.organisationName(), s.organisationType()));
        return organisation;
    }
}
