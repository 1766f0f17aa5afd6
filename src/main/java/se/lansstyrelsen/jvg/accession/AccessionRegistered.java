package se.lansstyrelsen.jvg.accession;

import java.time.Instant;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * A case has been formally registered: published inside the registration's transaction, so that the register of
 * joined organisations (register.RegisterEntries) is written in the same transaction. Carries what the register
 * keeps, since the case's own changes are not yet flushed when it is published.
 */
public record AccessionRegistered(
        long accessionId,
        String periodCode,
        long organisationId,
        String organisationNumber,
        String organisationName,
        OrganisationType organisationType,
        Instant registeredAt) {}
