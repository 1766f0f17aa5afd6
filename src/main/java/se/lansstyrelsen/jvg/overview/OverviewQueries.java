package se.lansstyrelsen.jvg.overview;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * The overview's questions to our own tables, each one aggregate query (group by / count in the database):
 * the answer's size depends on the number of statuses, types, municipalities and goals, never on the number
 * of cases.
 */
@Repository
class OverviewQueries {

    private final EntityManager em;

    OverviewQueries(EntityManager em) {
        this.em = em;
    }

    /** Cases of the period by their current status: all of them, and those submitted in [from, to). */
    Map<AccessionStatus, long[]> casesByStatus(String periodCode, Instant from, Instant to) {
        List<Object[]> rows = em.createQuery(
                        "select a.status, count(a), sum(case when a.filing.submittedAt >= :from"
                                + " and a.filing.submittedAt < :to then 1 else 0 end) from Accession a where a.periodCode = :p group by a.status",
                        Object[].class)
                .setParameter("p", periodCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<AccessionStatus, long[]> counts = new EnumMap<>(AccessionStatus.class);
        rows.forEach(r -> counts.put((AccessionStatus) r[0], new long[] {number(r[1]), number(r[2])}));
        return counts;
    }

    /**
     * Organisations with a registered accession of the period, by type: all of them, and those whose registration
     * was in [from, to).
     */
    Map<OrganisationType, long[]> joinedByType(String periodCode, Instant from, Instant to) {
        List<Object[]> rows = em.createQuery(
                        "select o.organisationType, count(distinct o.id), count(distinct case when"
                                + " a.registration.registeredAt >= :from and a.registration.registeredAt < :to then o.id end) from Accession a"
                                + " join a.organisation o where a.periodCode = :p and a.status = :registered group by o.organisationType",
                        Object[].class)
                .setParameter("p", periodCode)
                .setParameter("registered", AccessionStatus.REGISTERED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<OrganisationType, long[]> counts = new EnumMap<>(OrganisationType.class);
        rows.forEach(r -> counts.put((OrganisationType) r[0], new long[] {number(r[1]), number(r[2])}));
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Per municipality code and status: number of cases, first registration, latest submission. */
    List<MunicipalityStatus> municipalityStatuses(String periodCode) {
        return em
                .createQuery(
                        "select o.municipalityCode, a.status, count(a), min(a.registration.registeredAt), max(a.filing.submittedAt)"
                                + " from Accession a join a.organisation o where a.periodCode = :p and o.organisationType = :kommun"
                                + " and o.municipalityCode is not null group by o.municipalityCode, a.status",
                        Object[].class)
                .setParameter("p", periodCode)
                .setParameter("kommun", OrganisationType.KOMMUN)
                .getResultList()
                .stream()
                .map(r -> new MunicipalityStatus(
                        (String) r[0], (AccessionStatus) r[1], (Long) r[2], (Instant) r[3], (Instant) r[4]))
                .toList();
    }

    /**
     * Per municipality the goals of its registered accessions of the period, counted: how many organisations
     * chose each, how many different own texts an "another goal" has and one of them. 49 municipalities times
     * the catalogue's goals at most, whatever the number of organisations.
     */
    List<MunicipalityGoal> municipalityGoals(String periodCode) {
        return em
                .createQuery(
                        "select o.municipalityCode, g.areaCode, g.goalCode, count(distinct o.id),"
                                + " count(distinct g.otherText), min(g.otherText)"
                                + " from Accession a join a.organisation o join a.commitment.goals g where a.periodCode = :p"
                                + " and a.status = :registered and o.organisationType = :kommun and o.municipalityCode is not null"
                                + " group by o.municipalityCode, g.areaCode, g.goalCode",
                        Object[].class)
                .setParameter("p", periodCode)
                .setParameter("registered", AccessionStatus.REGISTERED)
                .setParameter("kommun", OrganisationType.KOMMUN)
                .getResultList()
                .stream()
                .map(r -> new MunicipalityGoal(
                        (String) r[0], (String) r[1], (String) r[2], number(r[3]), number(r[4]), (String) r[5]))
                .toList();
    }

    /** For each chosen goal: how many organisations with a registered accession of the period prioritise it. */
    List<GoalCount> goalCounts(String periodCode) {
        return em
                .createQuery(
                        "select g.areaCode, g.goalCode, count(distinct a.organisation.id)"
                                + " from Accession a join a.commitment.goals g where a.periodCode = :p and a.status = :registered"
                                + " group by g.areaCode, g.goalCode",
                        Object[].class)
                .setParameter("p", periodCode)
                .setParameter("registered", AccessionStatus.REGISTERED)
                .getResultList()
                .stream()
                .map(r -> new GoalCount((String) r[0], (String) r[1], (Long) r[2]))
                .toList();
    }

    /** Organisations whose name starts with the prefix (the demo profile's sample data). */
    long sampleOrganisations(String prefix) {
        return em.createQuery("select count(o) from Organisation o where o.name like :prefix", Long.class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
    }

    record MunicipalityStatus(
            String municipalityCode,
            AccessionStatus status,
            long cases,
            Instant firstRegistered,
            Instant lastSubmitted) {}

    /** A goal chosen in a municipality: by how many organisations, with how many different own texts, one of them. */
    record MunicipalityGoal(
            String municipalityCode,
            String areaCode,
            String goalCode,
            long organisations,
            long otherTexts,
            String otherText) {}

    record GoalCount(String areaCode, String goalCode, long organisations) {}
}
