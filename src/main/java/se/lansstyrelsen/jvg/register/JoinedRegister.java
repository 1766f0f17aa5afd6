package se.lansstyrelsen.jvg.register;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionRepository;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/** The register of joined organisations: every formally registered accession, oldest first. */
@Service
public class JoinedRegister {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final AccessionRepository accessions;
  private final MunicipalityDirectory municipalities;
  private final GoalCatalogue catalogue;

  JoinedRegister(AccessionRepository accessions, MunicipalityDirectory municipalities, GoalCatalogue catalogue) {
    this.accessions = accessions;
    this.municipalities = municipalities;
    this.catalogue = catalogue;
  }

  @Transactional(readOnly = true)
  public Register current() {
    List<Entry> entries = accessions.findByStatusOrderByRegisteredAtAsc(AccessionStatus.REGISTERED).stream()
        .map(this::entry).toList();
    long municipalitiesJoined = entries.stream().filter(e -> e.municipalityCode() != null)
        .map(Entry::municipalityCode).distinct().count();
    return new Register(entries, municipalitiesJoined, municipalities.all().size());
  }

  private Entry entry(Accession a) {
    String code = a.getOrganisation().getOrganisationType() == OrganisationType.KOMMUN
        ? a.getOrganisation().getMunicipalityCode() : null;
    List<String> areas = a.getGoals().stream().map(g -> catalogue.current().area(g.areaCode())
        .map(GoalCatalogue.AreaView::name).orElse(g.areaCode())).distinct().toList();
    return new Entry(a.getOrganisation().getName(), a.getOrganisation().getOrganisationNumber(),
        a.getOrganisation().getOrganisationType().label(), code,
        code == null ? null : municipalities.byCode(code).map(MunicipalityDirectory.Municipality::officialName).orElse(code),
        LocalDate.ofInstant(a.getRegisteredAt(), SWEDEN), a.getRegistrationReference(), a.getCaseNumber(), areas);
  }

  /** The register with the county's municipal coverage. */
  public record Register(List<Entry> entries, long municipalitiesJoined, int municipalitiesInCounty) {}

  /** One joined organisation. */
  public record Entry(String organisationName, String organisationNumber, String organisationType,
      String municipalityCode, String municipalityName, LocalDate joinedOn, String registrationReference,
      String caseNumber, List<String> goalAreas) {}
}
