package se.lansstyrelsen.jvg.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void shouldDefaultToTheCurrentYearUpToToday() {
        assertThat(DateRange.parse(null, " ", TODAY)).isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), TODAY));
    }

    @Test
    void shouldCoverWholeSwedishDaysAcrossTheYearChange() {
        DateRange range = DateRange.parse("2025-12-31", "2026-01-01", TODAY);
        // Midnight in Stockholm is 23:00 UTC in winter.
        assertThat(range.start()).isEqualTo(Instant.parse("2025-12-30T23:00:00Z"));
        assertThat(range.endExclusive()).isEqualTo(Instant.parse("2026-01-01T23:00:00Z"));
    }

    @Test
    void shouldRefuseWhatIsNotADateWithASwedishMessage() {
        assertThatThrownBy(() -> DateRange.parse("2026-13-01", null, TODAY))
                .isInstanceOf(DateRange.InvalidRangeException.class)
                .hasMessage("”Från” är inte ett giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.");
        assertThatThrownBy(() -> DateRange.parse(null, "<script>", TODAY))
                .hasMessageStartingWith("”Till” är inte ett giltigt datum")
                .hasMessageNotContaining("<script>");
        assertThatThrownBy(() -> DateRange.parse("2026-02-30", null, TODAY))
                .hasMessageContaining("inte ett giltigt datum");
    }

    @Test
    void shouldRefuseAReversedRangeAndYearsOutsideTheSensibleSpan() {
        assertThatThrownBy(() -> DateRange.parse("2026-02-01", "2026-01-31", TODAY))
                .hasMessage("Datumet i ”Till” (2026-01-31) ligger före datumet i ”Från” (2026-02-01)."
                        + " Välj ett slutdatum som är samma dag som startdatumet eller senare.");
        assertThatThrownBy(() -> DateRange.parse("1999-12-31", null, TODAY))
                .hasMessage("”Från” måste ligga mellan år 2000 och 2100.");
        assertThat(DateRange.parse("2026-03-01", "2026-03-01", TODAY).from()).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
