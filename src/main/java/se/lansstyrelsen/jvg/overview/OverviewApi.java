package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The overview as JSON, for the Cockpit plugin and for scripts: the same login and the same rights as
 * /intern/oversikt (the webapps' session, or HTTP Basic with a Camunda user). Optional {@code fran} and
 * {@code till} (YYYY-MM-DD) choose the range; a bad one answers 400 problem+json in Swedish.
 */
@RestController
@RequestMapping(OverviewApi.PATH)
class OverviewApi {

    static final String PATH = "/intern/api/overview";

    private final OverviewService overview;

    OverviewApi(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping
    OverviewReport all(@RequestParam(required = false) String fran, @RequestParam(required = false) String till) {
        return overview.report(overview.range(fran, till));
    }

    @GetMapping("/status")
    StatusAndTypes status(@RequestParam(required = false) String fran, @RequestParam(required = false) String till) {
        DateRange range = overview.range(fran, till);
        OverviewReport.Period period = overview.period();
        return new StatusAndTypes(
                period, range, overview.statuses(period, range), overview.joinedByType(period, range));
    }

    @GetMapping("/coverage")
    OverviewReport.Coverage coverage() {
        return overview.coverage(overview.period());
    }

    @GetMapping("/goals")
    List<OverviewReport.GoalCount> goals() {
        return overview.goals(overview.period());
    }

    @GetMapping("/lead-times")
    RangedLeadTimes leadTimes(
            @RequestParam(required = false) String fran, @RequestParam(required = false) String till) {
        DateRange range = overview.range(fran, till);
        return new RangedLeadTimes(range, overview.leadTimes(range));
    }

    @GetMapping("/work")
    WorkInProgress work() {
        return overview.work();
    }

    @ExceptionHandler(DateRange.InvalidRangeException.class)
    ProblemDetail invalidRange(DateRange.InvalidRangeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(text("overview.range.invalid.title"));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    record StatusAndTypes(
            OverviewReport.Period period,
            DateRange range,
            List<OverviewReport.StatusCount> casesByStatus,
            List<OverviewReport.TypeCount> joinedByType) {}

    record RangedLeadTimes(DateRange range, LeadTimes leadTimes) {}
}
