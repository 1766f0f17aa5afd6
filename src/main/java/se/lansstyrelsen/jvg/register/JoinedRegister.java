package se.lansstyrelsen.jvg.register;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * The register of joined organisations: per organisation its latest formal registration in the strategy
 * period, read with {@link RegisterQuery} (two queries, whatever the number of organisations). The internal
 * page and the public register (/anslutna, /api/register) use the same entries; only the public ones leave
 * out the case number and the registry's reference. Sorted in Swedish alphabetical order (å, ä, ö after z),
 * which neither H2's nor PostgreSQL's default collation gives.
 */
@Service
public class JoinedRegister {

  private static final ZoneId SWEDEN = ClockConfig.SWEDEN;

  private final RegisterQuery query;
  private final MunicipalityDirectory municipalities;
  private final GoalCatalogue catalogue;

  JoinedRegister(RegisterQuery query, MunicipalityDirectory municipalities, GoalCatalogue catalogue) {
    this.query = query;
    this.municipalities = municipalities;
    this.catalogue = catalogue;
  }

  /** The whole register in the order of registration, with the county's municipal coverage. */
  @Transactional(readOnly = true)
  public Register current() {
    List<Entry> entries = entries(new RegisterCriteria(RegisterQuery.RegisterFilter.NONE,
        RegisterCriteria.Order.DATUM, false));
    long municipalitiesJoined = entries.stream().map(Entry::municipalityCode).filter(Objects::nonNull)
        .distinct().count();
    return new Register(entries, municipalitiesJoined, municipalities.all().size());
  }

  /** Reads filter and order from query parameters; see {@link RegisterCriteria#parse}. */
  public RegisterCriteria criteria(Map<String, String> parameters) {
    return RegisterCriteria.parse(parameters, catalogue.current());
  }

  /** The entries that match the criteria, in their order. */
  @Transactional(readOnly = true)
  public List<Entry> entries(RegisterCriteria criteria) {
    GoalCatalogue.Snapshot goals = catalogue.current();
    List<Entry> entries = query.find(goals.periodCode(), criteria.filter()).stream()
        .map(row -> entry(row, goals)).sorted(comparator(criteria)).toList();
    return entries;
  }

  private static Comparator<Entry> comparator(RegisterCriteria criteria) {
    Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    Comparator<Entry> byName = Comparator.comparing(Entry::organisationName, swedish);
    Comparator<Entry> first = switch (criteria.order()) {
      case NAMN -> byName;
      case TYP -> Comparator.comparing((Entry e) -> e.organisationType().label(), swedish);
      case DATUM -> Comparator.comparing(Entry::joinedOn);
    };
    if (criteria.descending()) {
      first = first.reversed();
    }
    return first.thenComparing(byName).thenComparing(Entry::organisationNumber);
  }

  private Entry entry(RegisterQuery.Row row, GoalCatalogue.Snapshot goals) {
    RegisterQuery.Head h = row.head();
    String code = h.organisationType() == OrganisationType.KOMMUN ? h.municipalityCode() : null;
    String municipalityName = code == null ? null
        : municipalities.byCode(code).map(MunicipalityDirectory.Municipality::officialName).orElse(code);
    List<Goal> chosen = row.goals().stream().map(g -> goal(g, goals))
        .sorted(Comparator.comparingInt(Goal::order)).toList();
    return new Entry(h.organisationName(), h.organisationNumber(), h.organisationType(), code, municipalityName,
        LocalDate.ofInstant(h.registeredAt(), SWEDEN), h.registrationReference(), h.caseNumber(), chosen);
  }

  /** The chosen goals with the current catalogue's texts, in the catalogue's order. */
  public List<Goal> describe(List<ChosenGoal> chosen) {
    GoalCatalogue.Snapshot goals = catalogue.current();
    return chosen.stream().map(g -> goal(g, goals)).sorted(Comparator.comparingInt(Goal::order)).toList();
  }

  /** A chosen goal with the catalogue's texts; "another goal in this area" carries the organisation's own text. */
  private static Goal goal(ChosenGoal g, GoalCatalogue.Snapshot catalogue) {
    int areaIndex = 0;
    for (GoalCatalogue.AreaView area : catalogue.areas()) {
      if (area.code().equals(g.areaCode())) {
        for (int i = 0; i < area.goals().size(); i++) {
          if (area.goals().get(i).code().equals(g.goalCode())) {
            return new Goal(area.code(), area.name(), g.goalCode(), area.goals().get(i).text(), false,
                areaIndex * 100 + i);
          }
        }
        return new Goal(area.code(), area.name(), g.goalCode(), g.otherText(), true, areaIndex * 100 + 99);
      }
      areaIndex++;
    }
    return new Goal(g.areaCode(), g.areaCode(), g.goalCode(), g.otherText(), true, 100_000);
  }

  /** The register with the county's municipal coverage. */
  public record Register(List<Entry> entries, long municipalitiesJoined, int municipalitiesInCounty) {}

  /** One joined organisation: what the register shows; no personal data is read for it. */
  public record Entry(String organisationName, String organisationNumber, OrganisationType organisationType,
      String municipalityCode, String municipalityName, LocalDate joinedOn, String registrationReference,
      String caseNumber, List<Goal> goals) {

    public String organisationTypeLabel() {
      return organisationType.label();
    }

    /** The names of the areas of the chosen goals, in the catalogue's order. */
    public List<String> goalAreas() {
      return goals.stream().map(Goal::areaName).distinct().toList();
    }
  }

  /**
   * A prioritised goal: {@code other} is true for "another regional goal in this area", whose {@code text} is
   * what the organisation wrote.
   */
  public record Goal(String areaCode, String areaName, String code, String text, boolean other, int order) {

    /** The goal as one line: "Område: måltext" (or "Område: annat regionalt mål – text"). */
    public String line() {
      return areaName + ": " + (other ? "annat regionalt mål – " + (text == null ? "" : text) : text);
    }
  }
}
