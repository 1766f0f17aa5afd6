package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
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
        RegisterPagingFixture.registerOf(120, true, register, catalogue);
        when(register.criteria(any(), eq(RegisterCriteria.Order.DATUM))).thenReturn(byDate);
        when(register.coverage()).thenReturn(new JoinedRegister.Coverage(120, 7, 49));
    }

    @Test
    void shouldShowTheSecondFiftyOnPageTwoWithLinksToItsNeighboursAndTheWholeRegistersCoverage() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(page.show(none, "2", model)).isEqualTo("register/register");

        verify(register).slice(byDate, 50, 50);
        assertThat(RegisterPagingFixture.entries(model))
                .extracting(JoinedRegister.Entry::caseNumber)
                .containsExactlyElementsOf(RegisterPagingFixture.numbered("JVG-2026-", 51, 100));
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

        assertThat(RegisterPagingFixture.entries(model))
                .extracting(JoinedRegister.Entry::caseNumber)
                .containsExactlyElementsOf(RegisterPagingFixture.numbered("JVG-2026-", 101, 120));
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
        RegisterPagingFixture.assertRefusesPages(
                List.of("0", "4", "-1", "tre", "2.5", "2147483647", "99999999999"),
                3,
                bad -> page.show(none, bad, new ExtendedModelMap()));
    }
}
