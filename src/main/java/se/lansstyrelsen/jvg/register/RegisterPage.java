package se.lansstyrelsen.jvg.register;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    String show(
            RegisterParameters parameters,
            @RequestParam(name = RegisterLinks.PAGE, required = false) String page,
            Model model) {
        RegisterCriteria criteria = register.criteria(parameters.asMap(), DEFAULT_ORDER);
        RegisterPaging paging = RegisterPaging.read(register, PATH, criteria, DEFAULT_ORDER, page, pageSize);
        model.addAttribute("coverage", register.coverage());
        paging.addTo(model, catalogue.current().areas());
        model.addAttribute("firstUrl", paging.number() > 2 ? paging.link(1) : null);
        model.addAttribute("lastUrl", paging.number() < paging.pages() - 1 ? paging.link(paging.pages()) : null);
        model.addAttribute("defaultOrder", criteria.order() == DEFAULT_ORDER && !criteria.descending());
        return "register/register";
    }
}
