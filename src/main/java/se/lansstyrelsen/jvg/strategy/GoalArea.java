package se.lansstyrelsen.jvg.strategy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One of the six national gender-equality sub-goals, under which the regional goals are grouped. */
@Entity
@Table(name = "goal_area")
public class GoalArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_code", nullable = false, length = 40)
    private String periodCode;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<StrategyGoal> goals = new ArrayList<>();

    protected GoalArea() {}

    GoalArea(String periodCode, String code) {
        this.periodCode = periodCode;
        this.code = code;
    }

    void update(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<StrategyGoal> getGoals() {
        return goals;
    }

    /** Code of the "another regional goal in this area" option, e.g. {@code MAKT-ANNAT}. */
    public String otherGoalCode() {
        return code + GoalCatalogue.OTHER_SUFFIX;
    }
}
