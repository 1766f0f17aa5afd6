package se.lansstyrelsen.jvg.overview;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.invitation.InvitationReach;

/**
 * /intern/oversikt: the managers' overview (caseworkers, managers and administrators; the webapps' login, see
 * WebSecurity). A bad date range answers 400 with the Swedish message on the page.
 */
@Controller
class OverviewPage {

    static final String PATH = "/intern/oversikt";

    private final OverviewService overview;
    private final InvitationReach invitations;

    OverviewPage(OverviewService overview, InvitationReach invitations) {
        this.overview = overview;
        this.invitations = invitations;
    }

    @GetMapping(PATH)
    String show(
            @RequestParam(name = "fran", required = false) String fran,
            @RequestParam(name = "till", required = false) String till,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("fran", fran);
        model.addAttribute("till", till);
        model.addAttribute("zone", ClockConfig.SWEDEN);
        DateRange range;
        try {
            range = overview.range(fran, till);
        } catch (DateRange.InvalidRangeException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return "overview/overview";
        }
        OverviewReport report = overview.report(range);
        model.addAttribute("fran", range.from());
        model.addAttribute("till", range.to());
        model.addAttribute("report", report);
        model.addAttribute("coverageSvg", OverviewSvg.coverageGrid(report.coverage()));
        model.addAttribute("goalsSvg", OverviewSvg.goalChart(report.goals()));
        model.addAttribute("invitationRounds", invitations.rounds());
        return "overview/overview";
    }

    /** The coverage grid alone, e.g. for the Cockpit plugin (an img with the webapps' session). */
    @GetMapping(PATH + "/tackning.svg")
    ResponseEntity<String> coverageSvg() {
        String svg = OverviewSvg.coverageGrid(overview.coverage(overview.period()));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noStore())
                .body(svg);
    }
}
