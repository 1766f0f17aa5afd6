package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/** The county's municipalities in a strategy period: joined, under way or not started, with the goals chosen. */
@Component
class MunicipalityCoverage {

    private final OverviewQueries queries;
    private final GoalCatalogue catalogue;
    private final MunicipalityDirectory municipalities;

    MunicipalityCoverage(OverviewQueries queries, GoalCatalogue catalogue, MunicipalityDirectory municipalities) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.municipalities = municipalities;
    }

    /** Every municipality of the county, ordered by its SCB code. Callers hold a read-only transaction. */
    OverviewReport.Coverage coverage(OverviewReport.Period period) {
        Map<String, List<OverviewQueries.MunicipalityStatus>> byCode =
                queries.municipalityStatuses(period.code()).stream()
                        .collect(Collectors.groupingBy(OverviewQueries.MunicipalityStatus::municipalityCode));
        Map<String, Set<String>> goalsByCode = new HashMap<>();
        for (OverviewQueries.MunicipalityGoal g : queries.municipalityGoals(period.code())) {
            goalsByCode
                    .computeIfAbsent(g.municipalityCode(), k -> new TreeSet<>())
                    .add(goalLabel(g));
        }
        List<OverviewReport.Municipality> rows = new ArrayList<>();
        long joined = 0;
        long underWay = 0;
        for (MunicipalityDirectory.Municipality m : municipalities.all().stream()
                .sorted(Comparator.comparing(MunicipalityDirectory.Municipality::code))
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
                    .max(Comparator.comparing(OverviewQueries.MunicipalityStatus::lastSubmitted))
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
}
