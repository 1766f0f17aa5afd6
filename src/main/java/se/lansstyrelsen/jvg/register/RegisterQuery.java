package se.lansstyrelsen.jvg.register;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.organisation.OrganisationType;

/**
 * The register's data in two queries whatever its size: the registered accessions with their organisation
 * (one join), then their chosen goals (one join). Only the columns the register shows are read; the contact
 * person is never loaded. One row per organisation: its latest formal registration in the period.
 */
@Repository
class RegisterQuery {

  /** The newest registration of its organisation in the period (ties broken by id). */
  private static final String LATEST_OF_ORGANISATION = " and not exists (select 1 from Accession b"
      + " where b.organisation = a.organisation and b.status = :status and b.periodCode = a.periodCode"
      + " and (b.registeredAt > a.registeredAt or (b.registeredAt = a.registeredAt and b.id > a.id)))";

  private final EntityManager em;

  RegisterQuery(EntityManager em) {
    this.em = em;
  }

  /** Registered accessions of the period that match the filter, unsorted (the caller sorts in Swedish order). */
  List<Row> find(String periodCode, RegisterFilter filter) {
    StringBuilder where = new StringBuilder(" where a.status = :status and a.periodCode = :period")
        .append(LATEST_OF_ORGANISATION);
    if (filter.type() != null) {
      where.append(" and o.organisationType = :type");
    }
    if (filter.goalCode() != null) {
      where.append(" and exists (select 1 from Accession c join c.goals cg where c = a and cg.goalCode = :goal)");
    }
    if (filter.areaCode() != null) {
      where.append(" and exists (select 1 from Accession d join d.goals dg where d = a and dg.areaCode = :area)");
    }
    TypedQuery<Object[]> heads = em.createQuery("select a.id, a.caseNumber, a.registrationReference, a.registeredAt,"
        + " o.name, o.organisationNumber, o.organisationType, o.municipalityCode"
        + " from Accession a join a.organisation o" + where, Object[].class);
    TypedQuery<Object[]> goals = em.createQuery("select a.id, g.areaCode, g.goalCode, g.otherText"
        + " from Accession a join a.organisation o join a.goals g" + where, Object[].class);
    bind(heads, periodCode, filter);
    bind(goals, periodCode, filter);

    Map<Long, List<ChosenGoal>> goalsById = new LinkedHashMap<>();
    for (Object[] g : goals.getResultList()) {
      goalsById.computeIfAbsent((Long) g[0], id -> new ArrayList<>())
          .add(new ChosenGoal((String) g[1], (String) g[2], (String) g[3]));
    }
    List<Row> rows = new ArrayList<>();
    for (Object[] h : heads.getResultList()) {
      Head head = new Head((Long) h[0], (String) h[1], (String) h[2], (Instant) h[3], (String) h[4], (String) h[5],
          (OrganisationType) h[6], (String) h[7]);
      rows.add(new Row(head, List.copyOf(goalsById.getOrDefault(head.accessionId(), List.of()))));
    }
    return rows;
  }

  private static void bind(TypedQuery<?> query, String periodCode, RegisterFilter filter) {
    query.setParameter("status", AccessionStatus.REGISTERED);
    query.setParameter("period", periodCode);
    if (filter.type() != null) {
      query.setParameter("type", filter.type());
    }
    if (filter.goalCode() != null) {
      query.setParameter("goal", filter.goalCode());
    }
    if (filter.areaCode() != null) {
      query.setParameter("area", filter.areaCode());
    }
  }

  /** What the query filters on; null means no filter. */
  record RegisterFilter(OrganisationType type, String goalCode, String areaCode) {
    static final RegisterFilter NONE = new RegisterFilter(null, null, null);
  }

  /** One registered accession with its organisation. */
  record Head(Long accessionId, String caseNumber, String registrationReference, Instant registeredAt,
      String organisationName, String organisationNumber, OrganisationType organisationType, String municipalityCode) {}

  /** A registered accession with the goals it prioritises. */
  record Row(Head head, List<ChosenGoal> goals) {}
}
