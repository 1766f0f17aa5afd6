package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
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
        when(catalogue.current()).thenReturn(new GoalCatalogue.Snapshot("P", "Perioden", "801-9838-2024", List.of()));
        when(register.criteria(any()))
                .thenReturn(new RegisterCriteria(RegisterQuery.RegisterFilter.NONE, RegisterCriteria.Order.NAMN, true));
        List<JoinedRegister.Entry> all = IntStream.rangeClosed(1, 250)
                .mapToObj(i -> new JoinedRegister.Entry(
                        "Organisation " + i,
                        "212000-0000",
                        OrganisationType.REGION,
                        null,
                        null,
                        LocalDate.of(2026, 1, 1),
                        null,
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
    void shouldShowTheFirstHundredWithALinkToTheNextPage() {
        ExtendedModelMap model = new ExtendedModelMap();
        page.show(none, null, model);

        assertThat(entries(model))
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

        assertThat(entries(model))
                .extracting(JoinedRegister.Entry::organisationName)
                .containsExactlyElementsOf(IntStream.rangeClosed(201, 250)
                        .mapToObj(i -> "Organisation " + i)
                        .toList());
        assertThat(model.get("page"))
                .isEqualTo(new PublicRegisterPage.Page(
                        3, 3, 201, 250, "/anslutna?sortera=namn&ordning=fallande&sida=2", null));
    }

    @Test
    void shouldRefuseAPageThatDoesNotExistInSwedish() {
        for (String bad : List.of("0", "4", "-1", "två", "2.5", "2147483647", "99999999999")) {
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
