package se.lansstyrelsen.jvg.accession;

import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * An organisation gave a new name or type (a new submission or a completion): published inside that transaction,
 * so that the register of joined organisations sorts and filters by what the organisation is called now.
 */
public record OrganisationDetailsChanged(
        long organisationId, String organisationName, OrganisationType organisationType) {}
