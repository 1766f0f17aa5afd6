package se.lansstyrelsen.jvg.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A regional goal with its verbatim text from the strategy document. */
@Entity
@Table(name = "strategy_goal")
public class StrategyGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    private GoalArea area;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "goal_text", nullable = false, length = 1000)
    private String text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected StrategyGoal() {}

    StrategyGoal(GoalArea area, String code) {
        this.area = area;
        this.code = code;
    }

    void update(String text, int sortOrder) {
        this.text = text;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public GoalArea getArea() {
        return area;
    }
}
