package se.lansstyrelsen.jvg.register;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * /anslutna: the public register of joined organisations (no login), filterable by type, goal and area and
 * sortable by name, type and date with query parameters (see {@link RegisterCriteria}); the table's column
 * headings are links that sort. Links to the same data as CSV, XLSX and JSON.
 */
@Controller
class PublicRegisterPage {

  static final String PATH = "/anslutna";

  private final JoinedRegister register;
  private final GoalCatalogue catalogue;

  PublicRegisterPage(JoinedRegister register, GoalCatalogue catalogue) {
    this.register = register;
    this.catalogue = catalogue;
  }

  @GetMapping(PATH)
  String show(RegisterParameters parameters, Model model) {
    RegisterCriteria criteria = register.criteria(parameters.asMap());
    List<JoinedRegister.Entry> entries = register.entries(criteria);
    GoalCatalogue.Snapshot goals = catalogue.current();
    model.addAttribute("periodName", goals.periodName());
    model.addAttribute("entries", entries);
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

  /** The path with the criteria's filters and the given order. */
  private static String link(String path, RegisterCriteria criteria, RegisterCriteria.Order order, boolean descending) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    if (criteria.filter().type() != null) {
      b.queryParam(RegisterCriteria.TYPE, criteria.filter().type().name());
    }
    if (criteria.filter().goalCode() != null) {
      b.queryParam(RegisterCriteria.GOAL, criteria.filter().goalCode());
    }
    if (criteria.filter().areaCode() != null) {
      b.queryParam(RegisterCriteria.AREA, criteria.filter().areaCode());
    }
    if (order != RegisterCriteria.Order.NAMN || descending) {
      b.queryParam(RegisterCriteria.SORT, order.value());
    }
    if (descending) {
      b.queryParam(RegisterCriteria.DIRECTION, "fallande");
    }
    return b.encode().build().toUriString();
  }

  /** A sortable column heading: its link and its aria-sort state. */
  record SortLink(RegisterCriteria.Order order, String url, String ariaSort) {}
}
