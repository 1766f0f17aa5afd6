package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * /anslutna shows the register a hundred organisations a page (unit test of the controller: the register's
 * queries are mocked; the page over HTTP is in PublicRegisterIntegrationTest and PublicRegisterBrowserTest).
 */
class PublicRegisterPagingTest {

    private final JoinedRegister register = mock(JoinedRegister.class);
    private final GoalCatalogue catalogue = mock(GoalCatalogue.class);
    private final PublicRegisterPage page = new PublicRegisterPage(register, catalogue);
    private final RegisterParameters none = new RegisterParameters(null, null, null, null, null);

    @BeforeEach
    void registerOf250() {
        RegisterPagingFixture.registerOf(250, false, register, catalogue);
        when(register.criteria(any()))
                .thenReturn(new RegisterCriteria(RegisterQuery.RegisterFilter.NONE, RegisterCriteria.Order.NAMN, true));
    }

    @Test
    void shouldShowTheFirstHundredWithALinkToTheNextPage() {
        ExtendedModelMap model = new ExtendedModelMap();
        page.show(none, null, model);

        assertThat(RegisterPagingFixture.entries(model))
                .hasSize(100)
                .first()
                .extracting(JoinedRegister.Entry::organisationName)
                .isEqualTo("Organisation 1");
        PublicRegisterPage.Page p = (PublicRegisterPage.Page) model.get("page");
        assertThat(p)
                .isEqualTo(new PublicRegisterPage.Page(
                        1, 3, 1, 100, null, "/anslutna?sortera=namn&ordning=fallande&sida=2"));
        assertThat(model.get("total")).isEqualTo(250);
    }

    @Test
    void shouldShowTheLastPageWithTheRestAndKeepFilterAndOrderInItsLinks() {
        ExtendedModelMap model = new ExtendedModelMap();
        page.show(none, "3", model);

        assertThat(RegisterPagingFixture.entries(model))
                .extracting(JoinedRegister.Entry::organisationName)
                .containsExactlyElementsOf(RegisterPagingFixture.numbered("Organisation ", 201, 250));
        assertThat(model.get("page"))
                .isEqualTo(new PublicRegisterPage.Page(
                        3, 3, 201, 250, "/anslutna?sortera=namn&ordning=fallande&sida=2", null));
    }

    @Test
    void shouldRefuseAPageThatDoesNotExistInSwedish() {
        RegisterPagingFixture.assertRefusesPages(
                List.of("0", "4", "-1", "två", "2.5", "2147483647", "99999999999"),
                3,
                bad -> page.show(none, bad, new ExtendedModelMap()));
    }
}
