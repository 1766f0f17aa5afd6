package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the overview shows; the page and the JSON API (/intern/api/overview) give the same data. */
public record OverviewReport(
        Instant generatedAt,
        boolean sampleData,
        Period period,
        DateRange range,
        List<StatusCount> casesByStatus,
        List<TypeCount> joinedByType,
        Coverage coverage,
        List<GoalCount> goals,
        LeadTimes leadTimes,
        WorkInProgress work) {

    /** The strategy period the figures belong to. */
    public record Period(String code, String name, DateRange years) {}

    /** Cases in one status: in the whole strategy period and among those submitted in the chosen range. */
    public record StatusCount(String status, String label, boolean open, long inPeriod, long inRange) {}

    /** Organisations of one type that joined: in the strategy period and in the chosen range. */
    public record TypeCount(String type, String label, long inPeriod, long inRange) {}

    /** The county's municipalities: how many have joined, are under way, have not started; one row each. */
    public record Coverage(int municipalities, long joined, long underWay, long notStarted, List<Municipality> rows) {}

    /** A municipality's state in the strategy period. */
    public record Municipality(
            String code,
            String name,
            String officialName,
            State state,
            String stateLabel,
            String caseStatus,
            LocalDate joinedOn,
            List<String> goals) {}

    /** Joined (a registered accession), under way (an open case), or not started. */
    public enum State {
        JOINED,
        UNDER_WAY,
        NOT_STARTED;

        /** The state as managers read it. */
        public String label() {
            return text("overview.state." + name());
        }
    }

    /** A goal (or an area's "another regional goal") and the number of joined organisations that prioritise it. */
    public record GoalCount(String areaCode, String areaName, String goalCode, String goalText, long organisations) {}
}
