package se.lansstyrelsen.jvg.accession;

import java.time.LocalDate;
import java.util.List;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/** A validated accession form, typed. Built only by {@link SubmissionValidator}. */
public record AccessionSubmission(
        String organisationName,
        OrganisationNumber organisationNumber,
        OrganisationType organisationType,
        String municipalityCode,
        String contactName,
        String contactTitle,
        String contactEmail,
        String contactPhone,
        String decisionBody,
        LocalDate decisionDate,
        String decisionReference,
        List<ChosenGoal> goals,
        String plannedWork,
        boolean infoSessionInterest) {}
