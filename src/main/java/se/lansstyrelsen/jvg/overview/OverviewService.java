package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
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
    private final MunicipalityCoverage coverage;
    private final StrategyPeriodRepository periods;
    private final Clock clock;

    OverviewService(
            OverviewQueries queries,
            LeadTimeStatistics leadTimes,
            OpenWorkStatistics openWork,
            GoalCatalogue catalogue,
            MunicipalityCoverage coverage,
            StrategyPeriodRepository periods,
            Clock clock) {
        this.queries = queries;
        this.leadTimes = leadTimes;
        this.openWork = openWork;
        this.catalogue = catalogue;
        this.coverage = coverage;
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
        return coverage.coverage(period);
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

    public LeadTimes leadTimes(DateRange range) {
        return leadTimes.leadTimes(range.start(), range.endExclusive());
    }

    public WorkInProgress work() {
        return openWork.workInProgress(clock.instant());
    }
}
