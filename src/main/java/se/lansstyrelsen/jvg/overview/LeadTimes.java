package se.lansstyrelsen.jvg.overview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lead times of the accession process in days: from submission to registration, and per step. Each figure is
 * the median and the 90th percentile (nearest rank: the smallest value that at least 90 % of the cases do not
 * exceed) over the steps that ended in the chosen period.
 */
public record LeadTimes(Figure total, List<Figure> steps) {

    /** One measured stretch: how many cases, median and 90th percentile in days (null without cases). */
    public record Figure(
            String key, String label, String description, int cases, Double medianDays, Double percentile90Days) {

        static Figure of(String key, String label, String description, List<Duration> durations) {
            if (durations.isEmpty()) {
                return new Figure(key, label, description, 0, null, null);
            }
            List<Duration> sorted = new ArrayList<>(durations);
            Collections.sort(sorted);
            return new Figure(
                    key,
                    label,
                    description,
                    sorted.size(),
                    days(nearestRank(sorted, 0.5)),
                    days(nearestRank(sorted, 0.9)));
        }

        private static Duration nearestRank(List<Duration> sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.size());
            return sorted.get(Math.max(rank, 1) - 1);
        }

        /** Days with one decimal. */
        private static double days(Duration d) {
            return Math.round(d.toMillis() / 8_640_000.0) / 10.0;
        }
    }
}
