package se.lansstyrelsen.jvg.register;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.List;
import org.springframework.ui.Model;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * One page of the register as /anslutna and /intern/register show it: the page number from {@code sida}, that
 * page's entries as the database delivers them, the links to its neighbours and the sortable column headings. A
 * page that does not exist is refused with a Swedish message.
 *
 * @param path the page's own path, for its links
 * @param defaultOrder the page's order without {@code sortera}, left out of its links
 * @param number the page shown, from 1
 * @param pages how many pages the matching entries fill (at least 1)
 * @param from the offset of the page's first entry
 */
record RegisterPaging(
        String path,
        RegisterCriteria criteria,
        RegisterCriteria.Order defaultOrder,
        int size,
        int number,
        int pages,
        int from,
        JoinedRegister.Slice slice) {

    /**
     * Reads the page {@code pageValue} ({@code sida}) of {@code size} entries.
     *
     * @throws RegisterCriteria.BadParameterException when the page does not exist
     */
    static RegisterPaging read(
            JoinedRegister register,
            String path,
            RegisterCriteria criteria,
            RegisterCriteria.Order defaultOrder,
            String pageValue,
            int size) {
        int current = RegisterLinks.pageNumber(pageValue);
        long offset = Math.max(0, current - 1) * (long) size;
        boolean reachable = current >= 1 && offset <= Integer.MAX_VALUE - size;
        int from = reachable ? (int) offset : 0;
        JoinedRegister.Slice slice = register.slice(criteria, from, reachable ? size : 0);
        int total = (int) slice.total();
        int pages = Math.max(1, (total + size - 1) / size);
        if (current < 1 || current > pages) {
            throw new RegisterCriteria.BadParameterException(
                    RegisterLinks.PAGE,
                    pages == 1 ? text("register.page.only-one") : text("register.page.not-found", pages));
        }
        return new RegisterPaging(path, criteria, defaultOrder, size, current, pages, from, slice);
    }

    /** The number of matching entries on all pages. */
    int total() {
        return (int) slice.total();
    }

    /** The link to another page of the same filter and order. */
    String link(int page) {
        return RegisterLinks.pageLink(path, criteria, defaultOrder, page);
    }

    /** What both register pages show: the entries, the page, the criteria with the filter's choices, the headings. */
    void addTo(Model model, List<GoalCatalogue.AreaView> areas) {
        model.addAttribute("entries", slice.entries());
        model.addAttribute("total", total());
        model.addAttribute(
                "page",
                new PublicRegisterPage.Page(
                        number,
                        pages,
                        from + 1,
                        Math.min(total(), from + size),
                        number > 1 ? link(number - 1) : null,
                        number < pages ? link(number + 1) : null));
        model.addAttribute("criteria", criteria);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("areas", areas);
        model.addAttribute("orders", RegisterCriteria.Order.values());
        model.addAttribute(
                "filtered",
                criteria.filter().type() != null
                        || criteria.filter().goalCode() != null
                        || criteria.filter().areaCode() != null);
        model.addAttribute(
                "sortLinks",
                List.of(RegisterCriteria.Order.values()).stream()
                        .map(o -> new PublicRegisterPage.SortLink(
                                o,
                                RegisterLinks.link(
                                        path,
                                        criteria,
                                        o,
                                        criteria.order() == o && !criteria.descending(),
                                        defaultOrder),
                                criteria.order() == o ? (criteria.descending() ? "descending" : "ascending") : "none"))
                        .toList());
    }
}
