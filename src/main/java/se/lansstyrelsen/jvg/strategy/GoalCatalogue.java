package se.lansstyrelsen.jvg.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * The strategy's goal catalogue. Loaded at start-up from the data file named by
 * {@code accession.goal-catalogue} into the database (so an administrator completes or replaces the
 * goals without touching code), then served from an in-memory snapshot.
 */
@Service
public class GoalCatalogue implements SmartInitializingSingleton {

    /** Suffix of the per-area "another regional goal in this area" option. */
    public static final String OTHER_SUFFIX = "-ANNAT";

    private final StrategyPeriodRepository periods;
    private final GoalAreaRepository areas;
    private final TransactionTemplate tx;
    private final ResourceLoader resources;
    private final ObjectMapper json;
    private final AccessionSettings settings;
    private volatile Snapshot snapshot;

    GoalCatalogue(
            StrategyPeriodRepository periods,
            GoalAreaRepository areas,
            TransactionTemplate tx,
            ResourceLoader resources,
            ObjectMapper json,
            AccessionSettings settings) {
        this.periods = periods;
        this.areas = areas;
        this.tx = tx;
        this.resources = resources;
        this.json = json;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        JsonNode data = DataFile.read(resources, json, settings.getGoalCatalogue(), "goal catalogue");
        snapshot = tx.execute(status -> synchronise(data));
    }

    /** The current catalogue. */
    public Snapshot current() {
        return snapshot;
    }

    /** Upserts period, areas and goals from the data file; goals removed from the file are removed. */
    private Snapshot synchronise(JsonNode data) {
        JsonNode p = data.required("period");
        String periodCode = p.required("code").asText();
        StrategyPeriod period = periods.findById(periodCode).orElseGet(() -> new StrategyPeriod(periodCode));
        period.update(
                p.required("name").asText(),
                p.required("startYear").asInt(),
                p.required("endYear").asInt(),
                p.required("diaryNumber").asText());
        periods.save(period);

        List<AreaView> areaViews = new ArrayList<>();
        int areaOrder = 0;
        for (JsonNode a : data.required("areas")) {
            String areaCode = a.required("code").asText();
            GoalArea area = areas.findByPeriodCodeAndCode(periodCode, areaCode)
                    .orElseGet(() -> new GoalArea(periodCode, areaCode));
            area.update(a.required("name").asText(), areaOrder++);
            List<String> codesInFile = new ArrayList<>();
            List<GoalView> goalViews = new ArrayList<>();
            int goalOrder = 0;
            for (JsonNode g : a.required("goals")) {
                String goalCode = g.required("code").asText();
                codesInFile.add(goalCode);
                StrategyGoal goal = area.getGoals().stream()
                        .filter(x -> x.getCode().equals(goalCode))
                        .findFirst()
                        .orElseGet(() -> {
                            StrategyGoal created = new StrategyGoal(area, goalCode);
                            area.getGoals().add(created);
                            return created;
                        });
                goal.update(g.required("text").asText(), goalOrder++);
                goalViews.add(new GoalView(goalCode, goal.getText(), areaCode));
            }
            area.getGoals().removeIf(goal -> !codesInFile.contains(goal.getCode()));
            areas.save(area);
            areaViews.add(new AreaView(areaCode, area.getName(), List.copyOf(goalViews)));
        }
        return new Snapshot(periodCode, period.getName(), period.getDiaryNumber(), List.copyOf(areaViews));
    }

    /** Immutable view of the catalogue. */
    public record Snapshot(String periodCode, String periodName, String diaryNumber, List<AreaView> areas) {

        public Optional<AreaView> area(String areaCode) {
            return areas.stream().filter(a -> a.code().equals(areaCode)).findFirst();
        }

        public Optional<GoalView> goal(String goalCode) {
            return areas.stream()
                    .flatMap(a -> a.goals().stream())
                    .filter(g -> g.code().equals(goalCode))
                    .findFirst();
        }
    }

    /** An area with its verified goals. */
    public record AreaView(String code, String name, List<GoalView> goals) {
        public String otherGoalCode() {
            return code + OTHER_SUFFIX;
        }
    }

    /** A goal with its verbatim text. */
    public record GoalView(String code, String text, String areaCode) {}
}
