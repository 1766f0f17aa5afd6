package se.lansstyrelsen.jvg.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeadTimesTest {

    @Test
    void shouldTakeMedianAndNinetiethPercentileByNearestRank() {
        List<Duration> tenCases = IntStream.rangeClosed(1, 10)
                .map(i -> 11 - i)
                .mapToObj(Duration::ofDays)
                .toList();
        LeadTimes.Figure f = LeadTimes.Figure.of("k", "Sträcka", "", tenCases);
        assertThat(f.cases()).isEqualTo(10);
        assertThat(f.medianDays()).isEqualTo(5.0);
        assertThat(f.percentile90Days()).isEqualTo(9.0);
    }

    @Test
    void shouldGiveDaysWithOneDecimalAndTheSameValueForOneCase() {
        LeadTimes.Figure f = LeadTimes.Figure.of("k", "Sträcka", "", List.of(Duration.ofHours(36)));
        assertThat(f.medianDays()).isEqualTo(1.5);
        assertThat(f.percentile90Days()).isEqualTo(1.5);
    }

    @Test
    void shouldHaveNoFiguresWithoutCases() {
        LeadTimes.Figure f = LeadTimes.Figure.of("k", "Sträcka", "", List.of());
        assertThat(f.cases()).isZero();
        assertThat(f.medianDays()).isNull();
        assertThat(f.percentile90Days()).isNull();
    }
}
