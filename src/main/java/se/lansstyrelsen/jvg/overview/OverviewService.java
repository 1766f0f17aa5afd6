package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;
import se.lansstyrelsen.jvg.strategy.StrategyPeriod;
import se.lansstyrelsen.jvg.strategy.StrategyPeriodRepository;

/** Builds the managers' overview from our tables (aggregate queries) and the engine's history. */
@Service
public class OverviewService {

    /** Organisation names of the demo profile's sample data start with this. */
    public static final String SAMPLE_PREFIX = "Exempel: ";

    private static final long[] NONE = {0, 0};

    private final OverviewQueries queries;
    private final LeadTimeStatistics leadTimes;
    private final OpenWorkStatistics openWork;
    private final GoalCatalogue catalogue;
    private final MunicipalityDirectory municipalities;
    private final StrategyPeriodRepository periods;
    private final Clock clock;

    OverviewService(
            OverviewQueries queries,
            LeadTimeStatistics leadTimes,
            OpenWorkStatistics openWork,
            GoalCatalogue catalogue,
            MunicipalityDirectory municipalities,
            StrategyPeriodRepository periods,
            Clock clock) {
        this.queries = queries;
        this.leadTimes = leadTimes;
        this.openWork = openWork;
        this.catalogue = catalogue;
        this.municipalities = municipalities;
        this.periods = periods;
        this.clock = clock;
    }

    /** Today in Sweden, the default end of the chosen range. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.SWEDEN));
    }

    /**
     * The range from the query parameters (see {@link DateRange#parse}).
     *
     * @throws DateRange.InvalidRangeException with a Swedish message
     */
    public DateRange range(String fran, String till) {
        return DateRange.parse(fran, till, today());
    }

    @Transactional(readOnly = true)
    public OverviewReport report(DateRange range) {
        OverviewReport.Period period = period();
        return new OverviewReport(
                clock.instant(),
                queries.sampleOrganisations(SAMPLE_PREFIX) > 0,
                period,
                range,
                statuses(period, range),
                joinedByType(period, range),
                coverage(period),
                goals(period),
                leadTimes(range),
                work());
    }

    OverviewReport.Period period() {
        GoalCatalogue.Snapshot current = catalogue.current();
        StrategyPeriod p = periods.findById(current.periodCode()).orElseThrow();
        return new OverviewReport.Period(p.getCode(), p.getName(), DateRange.years(p.getStartYear(), p.getEndYear()));
    }

    @Transactional(readOnly = true)
    public List<OverviewReport.StatusCount> statuses(OverviewReport.Period period, DateRange range) {
        Map<AccessionStatus, long[]> counts = queries.casesByStatus(period.code(), range.start(), range.endExclusive());
        List<OverviewReport.StatusCount> rows = new ArrayList<>();
        for (AccessionStatus s : AccessionStatus.values()) {
            long[] c = counts.getOrDefault(s, NONE);
            rows.add(new OverviewReport.StatusCount(s.name(), s.label(), AccessionStatus.OPEN.contains(s), c[0], c[1]));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public List<OverviewReport.TypeCount> joinedByType(OverviewReport.Period period, DateRange range) {
        Map<OrganisationType, long[]> counts = queries.joinedByType(period.code(), range.start(), range.endExclusive());
        List<OverviewReport.TypeCount> rows = new ArrayList<>();
        for (OrganisationType t : OrganisationType.values()) {
            long[] c = counts.getOrDefault(t, NONE);
            rows.add(new OverviewReport.TypeCount(t.name(), t.label(), c[0], c[1]));
        }
        return rows;
    }

    /** Every municipality of the county, ordered by its SCB code. */
    @Transactional(readOnly = true)
    public OverviewReport.Coverage coverage(OverviewReport.Period period) {
        Map<String, List<OverviewQueries.MunicipalityStatus>> byCode =
                queries.municipalityStatuses(period.code()).stream()
                        .collect(Collectors.groupingBy(OverviewQueries.MunicipalityStatus::municipalityCode));
        Map<String, Set<String>> goalsByCode = new HashMap<>();
        for (OverviewQueries.MunicipalityGoal g : queries.municipalityGoals(period.code())) {
            goalsByCode
                    .computeIfAbsent(g.municipalityCode(), k -> new java.util.TreeSet<>())
                    .add(goalLabel(g));
        }
        List<OverviewReport.Municipality> rows = new ArrayList<>();
        long joined = 0;
        long underWay = 0;
        for (MunicipalityDirectory.Municipality m : municipalities.all().stream()
                .sorted(java.util.Comparator.comparing(MunicipalityDirectory.Municipality::code))
                .toList()) {
            List<OverviewQueries.MunicipalityStatus> statuses = byCode.getOrDefault(m.code(), List.of());
            Instant registered = statuses.stream()
                    .filter(s -> s.status() == AccessionStatus.REGISTERED)
                    .map(OverviewQueries.MunicipalityStatus::firstRegistered)
                    .filter(i -> i != null)
                    .min(Instant::compareTo)
                    .orElse(null);
            AccessionStatus open = statuses.stream()
                    .filter(s -> AccessionStatus.OPEN.contains(s.status()))
                    .max(java.util.Comparator.comparing(OverviewQueries.MunicipalityStatus::lastSubmitted))
                    .map(OverviewQueries.MunicipalityStatus::status)
                    .orElse(null);
            OverviewReport.State state = registered != null
                    ? OverviewReport.State.JOINED
                    : open != null ? OverviewReport.State.UNDER_WAY : OverviewReport.State.NOT_STARTED;
            if (state == OverviewReport.State.JOINED) joined++;
            if (state == OverviewReport.State.UNDER_WAY) underWay++;
            rows.add(new OverviewReport.Municipality(
                    m.code(),
                    m.name(),
                    m.officialName(),
                    state,
                    state.label(),
                    open == null ? null : open.label(),
                    registered == null ? null : LocalDate.ofInstant(registered, ClockConfig.SWEDEN),
                    registered == null ? List.of() : List.copyOf(goalsByCode.getOrDefault(m.code(), Set.of()))));
        }
        return new OverviewReport.Coverage(rows.size(), joined, underWay, rows.size() - joined - underWay, rows);
    }

    /** Every goal of the catalogue and every area's "another regional goal", with the organisations that chose it. */
    @Transactional(readOnly = true)
    public List<OverviewReport.GoalCount> goals(OverviewReport.Period period) {
        Map<String, Long> counts = new HashMap<>();
        Set<String> chosenCodes = new LinkedHashSet<>();
        for (OverviewQueries.GoalCount c : queries.goalCounts(period.code())) {
            counts.merge(c.areaCode() + "|" + c.goalCode(), c.organisations(), Long::sum);
            chosenCodes.add(c.areaCode() + "|" + c.goalCode());
        }
        List<OverviewReport.GoalCount> rows = new ArrayList<>();
        for (GoalCatalogue.AreaView area : catalogue.current().areas()) {
            for (GoalCatalogue.GoalView goal : area.goals()) {
                rows.add(row(area, goal.code(), goal.text(), counts, chosenCodes));
            }
            rows.add(row(area, area.otherGoalCode(), text("overview.goal.other-in-area"), counts, chosenCodes));
        }
        // Goals chosen earlier that the catalogue no longer has: still shown, under their code.
        for (String key : chosenCodes) {
            String[] parts = key.split("\\|", 2);
            rows.add(new OverviewReport.GoalCount(
                    parts[0],
                    catalogue
                            .current()
                            .area(parts[0])
                            .map(GoalCatalogue.AreaView::name)
                            .orElse(parts[0]),
                    parts[1],
                    text("overview.goal.no-longer-in-catalogue"),
                    counts.get(key)));
        }
        return rows;
    }

    private static OverviewReport.GoalCount row(
            GoalCatalogue.AreaView area,
            String goalCode,
            String text,
            Map<String, Long> counts,
            Set<String> chosenCodes) {
        String key = area.code() + "|" + goalCode;
        chosenCodes.remove(key);
        return new OverviewReport.GoalCount(area.code(), area.name(), goalCode, text, counts.getOrDefault(key, 0L));
    }

    /**
     * A goal chosen in a municipality: its text (an "another goal" with the organisation's own text when there is
     * one), and how many organisations chose it when more than one did.
     */
    private String goalLabel(OverviewQueries.MunicipalityGoal g) {
        String label;
        if (g.goalCode().endsWith(GoalCatalogue.OTHER_SUFFIX)) {
            String area = catalogue
                    .current()
                    .area(g.areaCode())
                    .map(GoalCatalogue.AreaView::name)
                    .orElse(g.areaCode());
            label = g.otherTexts() > 1
                    ? text("overview.goal.other-texts", area, g.otherTexts())
                    : g.otherText() == null || g.otherText().isBlank()
                            ? text("overview.goal.other", area)
                            : text("overview.goal.other-with-text", area, g.otherText());
        } else {
            label = catalogue
                    .current()
                    .goal(g.goalCode())
                    .map(GoalCatalogue.GoalView::text)
                    .orElse(g.goalCode());
        }
        return g.organisations() > 1 ? text("overview.goal.with-organisations", label, g.organisations()) : label;
    }

    public LeadTimes leadTimes(DateRange range) {
        return leadTimes.leadTimes(range.start(), range.endExclusive());
    }

    public WorkInProgress work() {
        return openWork.workInProgress(clock.instant());
    }
}
