package se.lansstyrelsen.jvg.register;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * /intern/register: the register of joined organisations, for caseworkers and managers (HTTP Basic or the
 * webapps' login), with case number and the registry's reference. {@link #PAGE_SIZE} organisations a page
 * ({@code sida}, from 1), filtered and sorted in the database with the same parameters as /anslutna (see
 * {@link RegisterCriteria}); without {@code sortera} in the order of registration (day of joining, then name). The
 * coverage line counts the whole register. A page that does not exist or an unknown value answers 400 in Swedish.
 */
@Controller
class RegisterPage {

  static final String PATH = "/intern/register";
  static final int PAGE_SIZE = 50;
  static final RegisterCriteria.Order DEFAULT_ORDER = RegisterCriteria.Order.DATUM;

  private final JoinedRegister register;
  private final GoalCatalogue catalogue;
  private final int pageSize;

  @Autowired
  RegisterPage(JoinedRegister register, GoalCatalogue catalogue) {
    this(register, catalogue, PAGE_SIZE);
  }

  /** With another page size (tests: pages of known data without a register of hundreds). */
  RegisterPage(JoinedRegister register, GoalCatalogue catalogue, int pageSize) {
    this.register = register;
    this.catalogue = catalogue;
    this.pageSize = pageSize;
  }

  @GetMapping(PATH)
  String show(RegisterParameters parameters, @RequestParam(name = RegisterLinks.PAGE, required = false) String page,
      Model model) {
    RegisterCriteria criteria = register.criteria(parameters.asMap(), DEFAULT_ORDER);
    int current = RegisterLinks.pageNumber(page);
    long offset = Math.max(0, current - 1) * (long) pageSize;
    boolean reachable = current >= 1 && offset <= Integer.MAX_VALUE - pageSize;
    int from = reachable ? (int) offset : 0;
    JoinedRegister.Slice slice = register.slice(criteria, from, reachable ? pageSize : 0);
    int total = (int) slice.total();
    int pages = Math.max(1, (total + pageSize - 1) / pageSize);
    if (current < 1 || current > pages) {
      throw new RegisterCriteria.BadParameterException(RegisterLinks.PAGE, pages == 1
          ? "Registret har bara en sida: ange sida 1." : "Sidan finns inte. Ange ett sidnummer från 1 till " + pages + ".");
    }
    model.addAttribute("coverage", register.coverage());
    model.addAttribute("entries", slice.entries());
    model.addAttribute("total", total);
    model.addAttribute("page", new PublicRegisterPage.Page(current, pages, from + 1, Math.min(total, from + pageSize),
        current > 1 ? pageLink(criteria, current - 1) : null, current < pages ? pageLink(criteria, current + 1) : null));
    model.addAttribute("firstUrl", current > 2 ? pageLink(criteria, 1) : null);
    model.addAttribute("lastUrl", current < pages - 1 ? pageLink(criteria, pages) : null);
    model.addAttribute("criteria", criteria);
    model.addAttribute("defaultOrder", criteria.order() == DEFAULT_ORDER && !criteria.descending());
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("areas", catalogue.current().areas());
    model.addAttribute("orders", RegisterCriteria.Order.values());
    model.addAttribute("filtered", criteria.filter().type() != null || criteria.filter().goalCode() != null
        || criteria.filter().areaCode() != null);
    model.addAttribute("sortLinks", List.of(RegisterCriteria.Order.values()).stream()
        .map(o -> new PublicRegisterPage.SortLink(o, RegisterLinks.link(PATH, criteria, o,
            criteria.order() == o && !criteria.descending(), DEFAULT_ORDER),
            criteria.order() == o ? (criteria.descending() ? "descending" : "ascending") : "none"))
        .toList());
    return "register/register";
  }

  private static String pageLink(RegisterCriteria criteria, int page) {
    return RegisterLinks.pageLink(PATH, criteria, DEFAULT_ORDER, page);
  }
}
