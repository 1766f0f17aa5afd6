package se.lansstyrelsen.jvg.caseview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * /intern/vantar: the cases waiting for the organisation's completion; /intern/arenden/{nr}: one case's
 * history. For caseworkers, with the Camunda webapps' login (see WebSecurity); Tasklist links here.
 */
@Controller
class CaseViewPages {

    private static final Pattern CASE_NUMBER = Pattern.compile("^JVG-[0-9]{4}-[0-9]{4,6}$");

    private final CaseViews views;

    CaseViewPages(CaseViews views) {
        this.views = views;
    }

    @GetMapping("/intern/vantar")
    String waiting(Model model) {
        model.addAttribute("cases", views.waitingForCompletion());
        return "intern/waiting";
    }

    @GetMapping("/intern/arenden/{caseNumber}")
    String caseHistory(@PathVariable String caseNumber, Model model) {
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw notFound();
        }
        model.addAttribute("view", views.caseView(caseNumber).orElseThrow(CaseViewPages::notFound));
        return "intern/case";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, text("caseview.case.not-found"));
    }
}
