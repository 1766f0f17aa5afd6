package se.lansstyrelsen.jvg.register;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
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
    int current = page(page);
    long offset = Math.max(0, current - 1) * (long) PAGE_SIZE;
    boolean reachable = current >= 1 && offset <= Integer.MAX_VALUE - PAGE_SIZE;
    int from = reachable ? (int) offset : 0;
    JoinedRegister.Slice slice = register.slice(criteria, from, reachable ? PAGE_SIZE : 0);
    int total = (int) slice.total();
    int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    if (current < 1 || current > pages) {
      throw new RegisterCriteria.BadParameterException(PAGE, pages == 1 ? "Registret har bara en sida: ange sida 1."
          : "Sidan finns inte. Ange ett sidnummer från 1 till " + pages + ".");
    }
    GoalCatalogue.Snapshot goals = catalogue.current();
    model.addAttribute("periodName", goals.periodName());
    model.addAttribute("entries", slice.entries());
    model.addAttribute("total", total);
    model.addAttribute("page", new Page(current, pages, from + 1, Math.min(total, from + PAGE_SIZE),
        current > 1 ? pageLink(criteria, current - 1) : null, current < pages ? pageLink(criteria, current + 1) : null));
    model.addAttribute("criteria", criteria);
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("areas", goals.areas());
    model.addAttribute("orders", RegisterCriteria.Order.values());
    model.addAttribute("filtered", criteria.filter().type() != null || criteria.filter().goalCode() != null
        || criteria.filter().areaCode() != null);
    model.addAttribute("sortLinks", List.of(RegisterCriteria.Order.values()).stream()
        .map(o -> new SortLink(o, link(PATH, criteria, o, criteria.order() == o && !criteria.descending()),
            criteria.order() == o ? (criteria.descending() ? "descending" : "ascending") : "none"))
        .toList());
    model.addAttribute("csvUrl", link("/api/register.csv", criteria, criteria.order(), criteria.descending()));
    model.addAttribute("xlsxUrl", link("/api/register.xlsx", criteria, criteria.order(), criteria.descending()));
    model.addAttribute("jsonUrl", link("/api/register", criteria, criteria.order(), criteria.descending()));
    return "register/public-register";
  }

  private static int page(String value) {
    return RegisterLinks.pageNumber(value);
  }

  private static String pageLink(RegisterCriteria criteria, int page) {
    return RegisterLinks.pageLink(PATH, criteria, RegisterCriteria.Order.NAMN, page);
  }

  /** The path with the criteria's filters and the given order. */
  private static String link(String path, RegisterCriteria criteria, RegisterCriteria.Order order, boolean descending) {
    return RegisterLinks.link(path, criteria, order, descending, RegisterCriteria.Order.NAMN);
  }

  /** The page shown: its number, the number of pages, the first and last entry shown, links to its neighbours. */
  record Page(int number, int pages, int first, int last, String previousUrl, String nextUrl) {}

  /** A sortable column heading: its link and its aria-sort state. */
  record SortLink(RegisterCriteria.Order order, String url, String ariaSort) {}
}
