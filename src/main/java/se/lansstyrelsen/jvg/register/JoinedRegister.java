package se.lansstyrelsen.jvg.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.ChosenGoal;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.config.Texts;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * The register of joined organisations: per organisation its latest formal registration in the strategy
 * period, read with {@link RegisterQuery}, which filters, sorts (Swedish alphabetical order: å, ä, ö after z)
 * and pages in the database. The internal page and the public register (/anslutna, /api/register) use the same
 * entries; only the public ones leave out the case number and the registry's reference.
 */
@Service
public class JoinedRegister {

    private final RegisterQuery query;
    private final MunicipalityDirectory municipalities;
    private final GoalCatalogue catalogue;

    JoinedRegister(RegisterQuery query, MunicipalityDirectory municipalities, GoalCatalogue catalogue) {
        this.query = query;
        this.municipalities = municipalities;
        this.catalogue = catalogue;
    }

    /**
     * How many organisations the register holds and how many of the county's municipalities among them, counted in
     * the database (the whole register, whatever a page shows).
     */
    @Transactional(readOnly = true)
    public Coverage coverage() {
        RegisterQuery.Coverage c = query.coverage(catalogue.current().periodCode());
        return new Coverage(
                c.organisations(), c.municipalities(), municipalities.all().size());
    }

    /** Reads filter and order from query parameters; see {@link RegisterCriteria#parse}. */
    public RegisterCriteria criteria(Map<String, String> parameters) {
        return RegisterCriteria.parse(parameters, catalogue.current());
    }

    /** As {@link #criteria(Map)}, ordered by {@code defaultOrder} (ascending) when no order is given. */
    public RegisterCriteria criteria(Map<String, String> parameters, RegisterCriteria.Order defaultOrder) {
        return RegisterCriteria.parse(parameters, catalogue.current(), defaultOrder);
    }

    /** All entries that match the criteria, in their order (held in memory: for tests and small registers). */
    @Transactional(readOnly = true)
    public List<Entry> entries(RegisterCriteria criteria) {
        List<Entry> entries = new ArrayList<>();
        GoalCatalogue.Snapshot goals = catalogue.current();
        query.forEach(goals.periodCode(), criteria, row -> entries.add(entry(row, goals)));
        return entries;
    }

    /** At most {@code size} entries from {@code offset}, and how many match in all. */
    @Transactional(readOnly = true)
    public Slice slice(RegisterCriteria criteria, int offset, int size) {
        GoalCatalogue.Snapshot goals = catalogue.current();
        RegisterQuery.Slice slice = query.page(goals.periodCode(), criteria, offset, size);
        return new Slice(slice.rows().stream().map(row -> entry(row, goals)).toList(), slice.total());
    }

    /**
     * The number of matching entries, then each entry in order as the database delivers it (one snapshot of the
     * register: the count and the entries agree), for open data written while it is read.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(RegisterCriteria criteria, Export export) throws IOException {
        GoalCatalogue.Snapshot goals = catalogue.current();
        export.begin(query.count(goals.periodCode(), criteria.filter()));
        try {
            query.forEach(goals.periodCode(), criteria, row -> {
                try {
                    export.entry(entry(row, goals));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Receives the register while it is read. */
    public interface Export {
        void begin(long count) throws IOException;

        void entry(Entry entry) throws IOException;
    }

    /** Some entries of the register and the number of all that match. */
    public record Slice(List<Entry> entries, long total) {}

    private Entry entry(RegisterQuery.Row row, GoalCatalogue.Snapshot goals) {
        RegisterQuery.Head h = row.head();
        String code = h.organisationType() == OrganisationType.KOMMUN ? h.municipalityCode() : null;
        String municipalityName = municipalities.officialNameOf(code).orElse(code);
        List<Goal> chosen = row.goals().stream()
                .map(g -> goal(g, goals))
                .sorted(Comparator.comparingInt(Goal::order))
                .toList();
        return new Entry(
                h.organisationName(),
                h.organisationNumber(),
                h.organisationType(),
                code,
                municipalityName,
                LocalDate.ofInstant(h.registeredAt(), ClockConfig.SWEDEN),
                h.registrationReference(),
                h.caseNumber(),
                chosen);
    }

    /** The chosen goals with the current catalogue's texts, in the catalogue's order. */
    public List<Goal> describe(List<ChosenGoal> chosen) {
        GoalCatalogue.Snapshot goals = catalogue.current();
        return chosen.stream()
                .map(g -> goal(g, goals))
                .sorted(Comparator.comparingInt(Goal::order))
                .toList();
    }

    /** A chosen goal with the catalogue's texts; "another goal in this area" carries the organisation's own text. */
    private static Goal goal(ChosenGoal g, GoalCatalogue.Snapshot catalogue) {
        int areaIndex = 0;
        for (GoalCatalogue.AreaView area : catalogue.areas()) {
            if (area.code().equals(g.areaCode())) {
                for (int i = 0; i < area.goals().size(); i++) {
                    if (area.goals().get(i).code().equals(g.goalCode())) {
                        return new Goal(
                                area.code(),
                                area.name(),
                                g.goalCode(),
                                area.goals().get(i).text(),
                                false,
                                areaIndex * 100 + i);
                    }
                }
                return new Goal(area.code(), area.name(), g.goalCode(), g.otherText(), true, areaIndex * 100 + 99);
            }
            areaIndex++;
        }
        return new Goal(g.areaCode(), g.areaCode(), g.goalCode(), g.otherText(), true, 100_000);
    }

    /** The size of the register with the county's municipal coverage. */
    public record Coverage(long organisations, long municipalitiesJoined, int municipalitiesInCounty) {}

    /** One joined organisation: what the register shows; no personal data is read for it. */
    public record Entry(
            String organisationName,
            String organisationNumber,
            OrganisationType organisationType,
            String municipalityCode,
            String municipalityName,
            LocalDate joinedOn,
            String registrationReference,
            String caseNumber,
            List<Goal> goals) {

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
            return other
                    ? Texts.text("register.goal.other-line", areaName, text == null ? "" : text)
                    : areaName + ": " + text;
        }
    }
}
