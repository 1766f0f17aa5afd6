package se.lansstyrelsen.jvg.invitation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * The list of organisations that may be invited: caseworkers add one or import many (CSV or XLSX). Every row is
 * checked first; one bad row refuses the whole import with a Swedish message per row, so nothing is half imported.
 * A row whose organisation number (or else name) is already in the list completes that entry instead.
 */
@Service
@Transactional
public class EligibleOrganisations {

  /** The accession form's rule: a local part of at most 64 characters, a top domain of two or more. */
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

  private final EligibleOrganisationRepository eligible;
  private final MunicipalityDirectory municipalities;
  private final Clock clock;

  EligibleOrganisations(EligibleOrganisationRepository eligible, MunicipalityDirectory municipalities, Clock clock) {
    this.eligible = eligible;
    this.municipalities = municipalities;
    this.clock = clock;
  }

  /** One organisation as typed or read from a file; all values raw. */
  public record Row(String name, String organisationNumber, String type, String municipalityCode, String email) {}

  /** A row of an imported file with its line number in the file. */
  public record Line(int number, Row row) {}

  /** Refused input: one Swedish message per bad row (or field). */
  public static class Refused extends RuntimeException {
    private final transient List<String> problems;

    Refused(List<String> problems) {
      super(String.join(" ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
  }

  @Transactional(readOnly = true)
  public List<EligibleOrganisation> all() {
    return eligible.findAllByOrderByNameAsc();
  }

  /** Adds one organisation (or completes the entry with the same number or name). */
  public void add(Row row, String actor) {
    List<String> problems = new ArrayList<>();
    Checked checked = check(row, "", problems);
    if (!problems.isEmpty()) {
      problems.replaceAll(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1));
      throw new Refused(problems);
    }
    store(checked, "Tillagd av " + actor + " " + LocalDate.now(clock.withZone(ClockConfig.SWEDEN)));
  }

  /** Imports the rows of a file (header removed), all or none. */
  public int importRows(List<Line> rows, String fileName, String actor) {
    List<String> problems = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String where = "Rad " + rows.get(i).number() + ": ";
      Checked c = check(rows.get(i).row(), where, problems);
      if (c == null) {
        continue;
      }
      if (!names.add(c.name().toLowerCase(Locale.ROOT))) {
        problems.add(where + c.name() + " finns redan på en tidigare rad i filen.");
      }
      if (c.number() != null && !numbers.add(c.number())) {
        problems.add(where + "organisationsnumret " + c.number() + " finns redan på en tidigare rad i filen.");
      }
      checked.add(c);
    }
    if (rows.isEmpty()) {
      problems.add("Filen innehåller inga organisationer under rubrikraden.");
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    String source = "Import av " + fileName + " (" + actor + " " + LocalDate.now(clock.withZone(ClockConfig.SWEDEN)) + ")";
    checked.forEach(c -> store(c, source.length() > 300 ? source.substring(0, 300) : source));
    return checked.size();
  }

  private record Checked(String name, String number, OrganisationType type, String municipalityCode, String email) {}

  private Checked check(Row row, String where, List<String> problems) {
    int before = problems.size();
    String name = strip(row.name());
    if (name == null || name.length() > 200 || CONTROL.matcher(name).find()) {
      problems.add(where + "ange organisationens namn (högst 200 tecken).");
    }
    String number = null;
    if (strip(row.organisationNumber()) != null) {
      OrganisationNumber.Result parsed = OrganisationNumber.parse(strip(row.organisationNumber()));
      if (parsed.valid()) {
        number = parsed.number().orElseThrow().value();
      } else {
        problems.add(where + parsed.error());
      }
    }
    OrganisationType type = type(strip(row.type()));
    if (type == null) {
      problems.add(where + "typen ska vara Kommun, Region, Statlig myndighet eller Lärosäte.");
    }
    String code = strip(row.municipalityCode());
    if (code != null && municipalities.byCode(code).isEmpty()) {
      problems.add(where + "kommunkoden " + code + " är inte en av länets kommuner.");
    }
    String email = strip(row.email());
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      problems.add(where + "e-postadressen " + email + " är inte giltig.");
    }
    if (problems.size() > before) {
      return null;
    }
    Optional<EligibleOrganisation> byNumber = number == null ? Optional.empty() : eligible.findByOrganisationNumber(number);
    Optional<EligibleOrganisation> byName = eligible.findByNameIgnoreCase(name);
    if (byNumber.isPresent() && byName.isPresent() && !byNumber.get().getId().equals(byName.get().getId())) {
      problems.add(where + "organisationsnumret " + number + " hör redan till " + byNumber.get().getName() + ".");
      return null;
    }
    return new Checked(name, number, type, code, email);
  }

  private void store(Checked c, String source) {
    Optional<EligibleOrganisation> existing = (c.number() == null ? Optional.<EligibleOrganisation>empty()
        : eligible.findByOrganisationNumber(c.number())).or(() -> eligible.findByNameIgnoreCase(c.name()));
    if (existing.isPresent()) {
      existing.get().update(c.number(), c.type(), c.municipalityCode(), c.email(),
          truncate(existing.get().getSource() + "; kompletterad: " + source));
    } else {
      eligible.save(new EligibleOrganisation(c.name(), c.number(), c.type(), c.municipalityCode(), c.email(), source,
          clock.instant()));
    }
  }

  private static String truncate(String s) {
    return s.length() > 300 ? s.substring(0, 300) : s;
  }

  private static OrganisationType type(String value) {
    if (value == null) {
      return null;
    }
    for (OrganisationType t : OrganisationType.values()) {
      if (t.name().equalsIgnoreCase(value) || t.label().equalsIgnoreCase(value)) {
        return t;
      }
    }
    return null;
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
