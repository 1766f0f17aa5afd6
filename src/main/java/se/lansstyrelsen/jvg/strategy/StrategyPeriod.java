package se.lansstyrelsen.jvg.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A strategy period, e.g. "Jämställt Västra Götaland 2024–2027". */
@Entity
@Table(name = "strategy_period")
public class StrategyPeriod {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "diary_number", nullable = false, length = 40)
    private String diaryNumber;

    protected StrategyPeriod() {}

    StrategyPeriod(String code) {
        this.code = code;
    }

    void update(String name, int startYear, int endYear, String diaryNumber) {
        this.name = name;
        this.startYear = startYear;
        this.endYear = endYear;
        this.diaryNumber = diaryNumber;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }
}
