package se.lansstyrelsen.jvg.register;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.ui.ExtendedModelMap;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/** The mocked register both register pages' paging tests read from: n organisations, sliced as the database would. */
final class RegisterPagingFixture {

    private RegisterPagingFixture() {}

    /**
     * Lets the mocked register hold organisations 1..n ("Organisation i", case "JVG-2026-i", registry number
     * "801-i" when {@code withDiaryNumbers}) and answer slices of them; the catalogue answers a plain period.
     */
    static void registerOf(int n, boolean withDiaryNumbers, JoinedRegister register, GoalCatalogue catalogue) {
        when(catalogue.current()).thenReturn(new GoalCatalogue.Snapshot("P", "Perioden", "801-9838-2024", List.of()));
        List<JoinedRegister.Entry> all = IntStream.rangeClosed(1, n)
                .mapToObj(i -> new JoinedRegister.Entry(
                        "Organisation " + i,
                        "212000-0000",
                        OrganisationType.REGION,
                        null,
                        null,
                        LocalDate.of(2026, 1, 1),
                        withDiaryNumbers ? "801-" + i : null,
                        "JVG-2026-" + i,
                        List.of()))
                .toList();
        when(register.slice(any(), anyInt(), anyInt())).thenAnswer(call -> {
            int from = Math.min(all.size(), call.<Integer>getArgument(1));
            return new JoinedRegister.Slice(
                    all.subList(from, Math.min(all.size(), from + call.<Integer>getArgument(2))), all.size());
        });
    }

    /** The given field of organisations from..to, in order: what a page of the register should list. */
    static List<String> numbered(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> prefix + i).toList();
    }

    /** Every page number here is refused with the Swedish message for a register of {@code lastPage} pages. */
    static void assertRefusesPages(List<String> bad, int lastPage, Function<String, String> show) {
        for (String page : bad) {
            assertThatThrownBy(() -> show.apply(page))
                    .as(page)
                    .isInstanceOf(RegisterCriteria.BadParameterException.class)
                    .hasMessage("Sidan finns inte. Ange ett sidnummer från 1 till " + lastPage + ".")
                    .extracting(e -> ((RegisterCriteria.BadParameterException) e).parameter())
                    .isEqualTo("sida");
        }
    }

    @SuppressWarnings("unchecked")
    static List<JoinedRegister.Entry> entries(ExtendedModelMap model) {
        return (List<JoinedRegister.Entry>) model.get("entries");
    }
}
