package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lansstyrelsen.jvg.accession.CaseHistory.Entry;

/** The case history as task forms show it: escaped, and never longer than Camunda's text column holds. */
class CaseHistoryMarkdownTest {

    @Test
    void shouldEscapeWhatPeopleTypedSoThatItIsShownNotInterpreted() {
        String md = CaseTaskListener.render(List.of(new Entry(
                Instant.parse("2026-12-02T08:00:00Z"),
                "Begärt av organisationen",
                "kim",
                "**fet** [länk](http://x.example) <img src=x onerror=alert(1)>")));

        assertThat(md)
                .startsWith("- 2 dec")
                .contains("**Begärt av organisationen** (kim)")
                .contains("&#42;&#42;fet&#42;&#42; &#91;länk&#93;&#40;http:/")
                .doesNotContain("<img", "[länk]", "**fet**");
    }

    @Test
    void shouldKeepTheNewestEntriesWithinTheColumnAndSayThatOlderOnesAreLeftOut() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(new Entry(
                    Instant.parse("2026-01-01T08:00:00Z").plusSeconds(3600L * i),
                    "Anteckning " + i,
                    "kim",
                    "<" + "x".repeat(1000)));
        }

        String md = CaseTaskListener.render(entries);

        assertThat(md.length()).isLessThanOrEqualTo(CaseTaskListener.MAX_LENGTH).isLessThan(4000);
        assertThat(md)
                .startsWith("- *Tidigare händelser visas inte här.*")
                .contains("Anteckning 59")
                .doesNotContain("Anteckning 0**")
                .contains("…");
    }

    @Test
    void shouldLinkToTheCasePageAndToTheMinutesExtractOnlyWhenOneIsAttached() {
        assertThat(CaseTaskListener.links("JVG-2026-0001", true))
                .isEqualTo(
                        "[Hela ärendet](/intern/arenden/JVG-2026-0001) · [Protokollsutdraget](/intern/arenden/JVG-2026-0001/protokollsutdrag)\n\n");
        assertThat(CaseTaskListener.links("JVG-2026-0001", false))
                .contains("[Hela ärendet](/intern/arenden/JVG-2026-0001)")
                .contains("Inget protokollsutdrag bifogat")
                .doesNotContain("/protokollsutdrag)");
    }

    @Test
    void shouldShowAShortHistoryWhole() {
        String md = CaseTaskListener.render(List.of(
                new Entry(Instant.parse("2026-12-01T08:00:00Z"), "Inkommen", null, null),
                new Entry(
                        Instant.parse("2026-12-02T08:00:00Z"), "Godkänd, väntar på registrering", "kim", "Komplett")));

        assertThat(md.lines().toList()).hasSize(2);
        assertThat(md)
                .doesNotContain("Tidigare händelser")
                .contains("**Inkommen**")
                .contains("(kim): Komplett");
    }
}
