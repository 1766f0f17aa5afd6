package se.lansstyrelsen.jvg.register;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * /anslutna: the public register of joined organisations (no login), filterable by type, goal and area and
 * sortable by name, type and date with query parameters (see {@link RegisterCriteria}); the table's column
 * headings are links that sort. Links to the same data as CSV, XLSX and JSON. The table shows
 * {@link #PAGE_SIZE} organisations a page ({@code sida}, from 1); the open data always hold all of them.
 */
@Controller
class PublicRegisterPage {

    static final String PATH = "/anslutna";
    static final String PAGE = RegisterLinks.PAGE;
    static final int PAGE_SIZE = 100;

    private final JoinedRegister register;
    private final GoalCatalogue catalogue;

    PublicRegisterPage(JoinedRegister register, GoalCatalogue catalogue) {
        this.register = register;
        this.catalogue = catalogue;
    }

    @GetMapping(PATH)
    String show(RegisterParameters parameters, @RequestParam(name = PAGE, required = false) String page, Model model) {
        RegisterCriteria criteria = register.criteria(parameters.asMap());
        RegisterPaging paging =
                RegisterPaging.read(register, PATH, criteria, RegisterCriteria.Order.NAMN, page, PAGE_SIZE);
        GoalCatalogue.Snapshot goals = catalogue.current();
        model.addAttribute("periodName", goals.periodName());
        paging.addTo(model, goals.areas());
        model.addAttribute("csvUrl", link("/api/register.csv", criteria));
        model.addAttribute("xlsxUrl", link("/api/register.xlsx", criteria));
        model.addAttribute("jsonUrl", link("/api/register", criteria));
        return "register/public-register";
    }

    /** The open data at the path with the criteria's filters and order. */
    private static String link(String path, RegisterCriteria criteria) {
        return RegisterLinks.link(path, criteria, criteria.order(), criteria.descending(), RegisterCriteria.Order.NAMN);
    }

    /** The page shown: its number, the number of pages, the first and last entry shown, links to its neighbours. */
    record Page(int number, int pages, int first, int last, String previousUrl, String nextUrl) {}

    /** A sortable column heading: its link and its aria-sort state. */
    record SortLink(RegisterCriteria.Order order, String url, String ariaSort) {}
}
