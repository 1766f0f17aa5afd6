package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * /intern/register shows the register fifty organisations a page (unit test of the controller: the register's
 * queries are mocked; the page over HTTP and against the database is in PublicRegisterIntegrationTest).
 */
class InternalRegisterPagingTest {

    private final JoinedRegister register = mock(JoinedRegister.class);
    private final GoalCatalogue catalogue = mock(GoalCatalogue.class);
    private final RegisterPage page = new RegisterPage(register, catalogue);
    private final RegisterParameters none = new RegisterParameters(null, null, null, null, null);
    private final RegisterCriteria byDate =
            new RegisterCriteria(RegisterQuery.RegisterFilter.NONE, RegisterCriteria.Order.DATUM, false);

    @BeforeEach
    void registerOf120() {
        when(catalogue.current()).thenReturn(new GoalCatalogue.Snapshot("P", "Perioden", "801-9838-2024", List.of()));
        when(register.criteria(any(), eq(RegisterCriteria.Order.DATUM))).thenReturn(byDate);
        when(register.coverage()).thenReturn(new JoinedRegister.Coverage(120, 7, 49));
        List<JoinedRegister.Entry> all = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> new JoinedRegister.Entry(
                        "Organisation " + i,
                        "212000-0000",
                        OrganisationType.REGION,
                        null,
                        null,
                        LocalDate.of(2026, 1, 1),
                        "801-" + i,
                        "JVG-2026-" + i,
                        List.of()))
                .toList();
        when(register.slice(any(), anyInt(), anyInt())).thenAnswer(call -> {
            int from = Math.min(all.size(), call.<Integer>getArgument(1));
            return new JoinedRegister.Slice(
                    all.subList(from, Math.min(all.size(), from + call.<Integer>getArgument(2))), all.size());
        });
    }

    @Test
    void shouldShowTheSecondFiftyOnPageTwoWithLinksToItsNeighboursAndTheWholeRegistersCoverage() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(page.show(none, "2", model)).isEqualTo("register/register");

        verify(register).slice(byDate, 50, 50);
        assertThat(entries(model))
                .extracting(JoinedRegister.Entry::caseNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(51, 100)
                        .mapToObj(i -> "JVG-2026-" + i)
                        .toList());
        assertThat(model.get("page"))
                .isEqualTo(new PublicRegisterPage.Page(
                        2, 3, 51, 100, "/intern/register?sida=1", "/intern/register?sida=3"));
        assertThat(model.get("total")).isEqualTo(120);
        assertThat(model.get("coverage")).isEqualTo(new JoinedRegister.Coverage(120, 7, 49));
        assertThat(model.get("defaultOrder")).isEqualTo(true);
    }

    @Test
    void shouldKeepFilterAndOrderInThePageLinksAndShowTheRestOnTheLastPage() {
        RegisterCriteria kommunByName = new RegisterCriteria(
                new RegisterQuery.RegisterFilter(OrganisationType.KOMMUN, "MAKT-1", null),
                RegisterCriteria.Order.NAMN,
                true);
        when(register.criteria(any(), eq(RegisterCriteria.Order.DATUM))).thenReturn(kommunByName);
        ExtendedModelMap model = new ExtendedModelMap();
        page.show(none, " 3 ", model);

        assertThat(entries(model))
                .extracting(JoinedRegister.Entry::caseNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(101, 120)
                        .mapToObj(i -> "JVG-2026-" + i)
                        .toList());
        assertThat(model.get("page"))
                .isEqualTo(new PublicRegisterPage.Page(
                        3,
                        3,
                        101,
                        120,
                        "/intern/register?typ=KOMMUN&mal=MAKT-1&sortera=namn&ordning=fallande&sida=2",
                        null));
        assertThat(model.get("firstUrl"))
                .isEqualTo("/intern/register?typ=KOMMUN&mal=MAKT-1&sortera=namn&ordning=fallande&sida=1");
        assertThat(model.get("defaultOrder")).isEqualTo(false);
    }

    @Test
    void shouldRefuseAPageThatDoesNotExistInSwedish() {
        for (String bad : List.of("0", "4", "-1", "tre", "2.5", "2147483647", "99999999999")) {
            assertThatThrownBy(() -> page.show(none, bad, new ExtendedModelMap()))
                    .as(bad)
                    .isInstanceOf(RegisterCriteria.BadParameterException.class)
                    .hasMessage("Sidan finns inte. Ange ett sidnummer från 1 till 3.")
                    .extracting(e -> ((RegisterCriteria.BadParameterException) e).parameter())
                    .isEqualTo("sida");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<JoinedRegister.Entry> entries(ExtendedModelMap model) {
        return (List<JoinedRegister.Entry>) model.get("entries");
    }
}
