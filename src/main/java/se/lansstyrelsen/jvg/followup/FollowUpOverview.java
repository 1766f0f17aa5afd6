package se.lansstyrelsen.jvg.followup;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.export.Downloads;
import se.lansstyrelsen.jvg.export.Table;
import se.lansstyrelsen.jvg.export.XlsxFormat;

/**
 * The yearly follow-up for managers and caseworkers: response rate per year and a per-goal summary of the
 * answers (JSON for the overview page), and every answer as an Excel file.
 */
@RestController
public class FollowUpOverview {

    private final AnnualFollowUpRepository followUps;
    private final AccessionService accessions;
    private final Clock clock;

    FollowUpOverview(AnnualFollowUpRepository followUps, AccessionService accessions, Clock clock) {
        this.followUps = followUps;
        this.accessions = accessions;
        this.clock = clock;
    }

    @GetMapping("/intern/api/overview/follow-up")
    @Transactional(readOnly = true)
    public Summary summary() {
        Map<Integer, int[]> perYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, GoalSummary> perGoal = new LinkedHashMap<>();
        for (AnnualFollowUp f : followUps.findAllByOrderByYearDescIdAsc()) {
            int[] counts = perYear.computeIfAbsent(f.getYear(), y -> new int[3]);
            counts[0]++;
            if (f.getStatus().answered()) {
                counts[1]++;
            } else if (f.getStatus() == FollowUpStatus.NOT_ANSWERED) {
                counts[2]++;
            }
            for (GoalAnswer a : f.getAnswers()) {
                GoalSummary g = perGoal.computeIfAbsent(
                        f.getYear() + "\n" + a.area() + "\n" + a.goal(),
                        k -> new GoalSummary(f.getYear(), a.area(), a.goal(), 0, 0, 0));
                perGoal.put(
                        f.getYear() + "\n" + a.area() + "\n" + a.goal(),
                        new GoalSummary(
                                g.year(),
                                g.area(),
                                g.goal(),
                                g.answers() + 1,
                                g.changesReported() + (blank(a.changed()) ? 0 : 1),
                                g.supportWanted() + (blank(a.supportWanted()) ? 0 : 1)));
            }
        }
        List<YearSummary> years = new ArrayList<>();
        perYear.forEach((year, c) -> years.add(new YearSummary(
                year, c[0], c[1], c[2], c[0] - c[1] - c[2], c[0] == 0 ? 0 : Math.round(1000.0 * c[1] / c[0]) / 10.0)));
        return new Summary(years, List.copyOf(perGoal.values()));
    }

    /** Every answer, one row per organisation and goal; {@code ar} limits it to one year. */
    @GetMapping("/intern/export/uppfoljning.xlsx")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> xlsx(@RequestParam(name = "ar", required = false) Integer year) {
        List<AnnualFollowUp> all =
                year == null ? followUps.findAllByOrderByYearDescIdAsc() : followUps.findByYearOrderById(year);
        List<List<Object>> rows = new ArrayList<>();
        for (AnnualFollowUp f : all) {
            Accession a = accessions.get(f.getAccessionId());
            if (f.getAnswers().isEmpty()) {
                rows.add(row(f, a, null));
            }
            for (GoalAnswer g : f.getAnswers()) {
                rows.add(row(f, a, g));
            }
        }
        Table table = new Table(
                text("followup.export.title"),
                List.of(
                        new Table.Column(text("followup.column.year"), 6),
                        new Table.Column(text("followup.column.organisation"), 30),
                        new Table.Column(text("followup.column.case"), 16),
                        new Table.Column(text("followup.column.status"), 24),
                        new Table.Column(text("followup.column.answered"), 12),
                        new Table.Column(text("followup.column.area"), 30),
                        new Table.Column(text("followup.column.goal"), 50),
                        new Table.Column(text("followup.answer.done"), 60),
                        new Table.Column(text("followup.answer.changed"), 50),
                        new Table.Column(text("followup.column.support-wanted"), 50)),
                rows);
        String name = "arlig-uppfoljning-" + (year == null ? "alla-ar" : year) + "-"
                + LocalDate.ofInstant(clock.instant(), ClockConfig.SWEDEN) + ".xlsx";
        return Downloads.attachment(
                XlsxFormat.write(table, text("followup.export.sheet")), XlsxFormat.MEDIA_TYPE, name);
    }

    private static List<Object> row(AnnualFollowUp f, Accession a, GoalAnswer g) {
        List<Object> r = new ArrayList<>();
        r.add(f.getYear());
        r.add(a.getOrganisation().getName());
        r.add(a.getCaseNumber());
        r.add(f.getStatus().label());
        r.add(f.getAnsweredAt() == null ? null : LocalDate.ofInstant(f.getAnsweredAt(), ClockConfig.SWEDEN));
        r.add(g == null ? null : g.area());
        r.add(g == null ? null : g.goal());
        r.add(g == null ? null : g.done());
        r.add(g == null ? null : g.changed());
        r.add(g == null ? null : g.supportWanted());
        return r;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badYear() {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("followup.bad-year.detail"));
        p.setTitle(text("followup.bad-year.title"));
        return ResponseEntity.badRequest().body(p);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The follow-up section of the overview. */
    public record Summary(List<YearSummary> years, List<GoalSummary> goals) {}

    /** Per year: follow-ups sent, answered, closed without answer, still waiting, and the response rate in percent. */
    public record YearSummary(
            int year, int sent, int answered, int notAnswered, int waiting, double responseRatePercent) {}

    /** Per year and goal: how many answered for it, reported a change, asked for support. */
    public record GoalSummary(
            int year, String area, String goal, int answers, int changesReported, int supportWanted) {}
}
