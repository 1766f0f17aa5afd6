package se.lansstyrelsen.jvg.followup;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpService.Created;

/**
 * Creating the year's follow-ups: one per organisation and year (never two), for the joined organisations (a
 * registered case whose contact person is known), the newest registered case of an organisation being the one
 * followed up. Made by AnnualFollowUpService, in its transaction.
 */
record YearlyFollowUps(AnnualFollowUpRepository followUps, EntityManager entities, Clock clock) {

    /** A follow-up for every joined organisation that has none for the year yet. */
    List<Created> createForAll(int year) {
        List<Accession> joined = entities.createQuery(
                        "select a from Accession a where a.status = :status"
                                + " and a.contact.email is not null order by a.id desc",
                        Accession.class)
                .setParameter("status", AccessionStatus.REGISTERED)
                .getResultList();
        List<Created> created = new ArrayList<>();
        for (Accession a : joined) {
            createFor(a, year).ifPresent(created::add);
        }
        return created;
    }

    /** The follow-up of the joined case for the year; empty when its organisation has one for the year already. */
    Optional<Created> createFor(Accession a, int year) {
        Long organisationId = a.getOrganisation().getId();
        if (followUps.findByOrganisationIdAndYear(organisationId, year).isPresent()) {
            return Optional.empty();
        }
        AnnualFollowUp f = followUps.saveAndFlush(new AnnualFollowUp(a.getId(), organisationId, year, clock.instant()));
        return Optional.of(new Created(f.getId(), AnnualFollowUpService.businessKey(a.getCaseNumber(), year)));
    }
}
