package se.lansstyrelsen.jvg.accession;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue.AreaView;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue.GoalView;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * A {@link SubmissionValidator} without Spring for unit tests: the real start form, a stubbed goal catalogue
 * (one goal in four areas, only "annat regionalt mål" in OMSORG and VALD), one known municipality (1480,
 * Göteborg) and a clock fixed at {@link #TODAY}.
 */
final class TestSubmissionValidator {

    static final String TODAY = "2026-12-02";

    static final List<AreaView> AREAS = List.of(
            area("MAKT", "En jämn fördelning av makt och inflytande", "MAKT-1"),
            area("EKONOMI", "Ekonomisk jämställdhet", "EKONOMI-1"),
            area("UTBILDNING", "Jämställd utbildning", "UTBILDNING-1"),
            area("OMSORG", "Omsorg", null),
            area("HALSA", "Jämställd hälsa", "HALSA-1"),
            area("VALD", "Mäns våld mot kvinnor ska upphöra", null));

    private TestSubmissionValidator() {}

    static SubmissionValidator create() {
        return create(AREAS);
    }

    /** With the given areas as the catalogue's, e.g. one whose goal the strategy has since removed. */
    static SubmissionValidator create(List<AreaView> areas) {
        GoalCatalogue catalogue = mock(GoalCatalogue.class);
        when(catalogue.current())
                .thenReturn(new GoalCatalogue.Snapshot(
                        "2024-2027", "Jämställt Västra Götaland 2024–2027", "801-9838-2024", areas));
        MunicipalityDirectory municipalities = mock(MunicipalityDirectory.class);
        when(municipalities.byCode(anyString())).thenReturn(Optional.empty());
        when(municipalities.byCode("1480"))
                .thenReturn(Optional.of(new MunicipalityDirectory.Municipality("1480", "Göteborg", "Göteborgs Stad")));
        Clock clock = Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ClockConfig.SWEDEN);
        return new SubmissionValidator(new ObjectMapper(), catalogue, municipalities, clock);
    }

    /** An area with the given goal, or none but "annat regionalt mål" when goalCode is null. */
    static AreaView area(String code, String name, String goalCode) {
        return new AreaView(code, name, goalCode == null ? List.of() : List.of(new GoalView(goalCode, "Mål", code)));
    }
}
