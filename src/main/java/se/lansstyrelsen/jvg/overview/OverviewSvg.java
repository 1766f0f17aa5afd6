package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The overview's pictures as server-side SVG (no script, no inline CSS, so they pass the internal pages' CSP):
 * the coverage grid of the county's municipalities ordered by SCB code, and the goals' bar chart. Every text
 * taken from data is escaped. Colour is never the only signal: each cell also carries a mark and its state
 * in a tooltip, and the tables beside the pictures hold the same figures.
 */
final class OverviewSvg {

    private OverviewSvg() {}

    /** 49 cells in 7 columns, ordered by municipal code, with a legend below (see {@link CoverageGridSvg}). */
    static String coverageGrid(OverviewReport.Coverage coverage) {
        return CoverageGridSvg.coverageGrid(coverage);
    }

    /** One horizontal bar per goal, grouped by area in the catalogue's order. */
    static String goalChart(List<OverviewReport.GoalCount> goals) {
        long max = Math.max(
                1,
                goals.stream()
                        .mapToLong(OverviewReport.GoalCount::organisations)
                        .max()
                        .orElse(0));
        int labelWidth = 430;
        int barMax = 330;
        int rowH = 26;
        int y = 0;
        StringBuilder body = new StringBuilder();
        String area = null;
        for (OverviewReport.GoalCount g : goals) {
            if (!g.areaCode().equals(area)) {
                area = g.areaCode();
                y += area == null ? 0 : 8;
                body.append("<text x=\"0\" y=\"")
                        .append(y + 16)
                        .append("\" font-size=\"13\" font-weight=\"bold\" fill=\"#1d1d1f\">")
                        .append(esc(g.areaName()))
                        .append("</text>");
                y += rowH;
            }
            int bar = (int) Math.round(barMax * (double) g.organisations() / max);
            body.append("<g class=\"mal\" data-goal=\"")
                    .append(esc(g.goalCode()))
                    .append("\" data-count=\"")
                    .append(g.organisations())
                    .append("\">");
            body.append("<title>")
                    .append(esc(g.goalText()))
                    .append(": ")
                    .append(
                            g.organisations() == 1
                                    ? text("overview.svg.one-organisation")
                                    : text("overview.svg.organisations", g.organisations()))
                    .append("</title>");
            body.append("<text x=\"12\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"12\" fill=\"#1d1d1f\">")
                    .append(esc(shorten(g.goalText(), 62)))
                    .append("</text>");
            body.append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" width=\"")
                    .append(Math.max(bar, 1))
                    .append("\" height=\"16\" fill=\"#2a5b9b\"/>");
            body.append("<text x=\"")
                    .append(labelWidth + Math.max(bar, 1) + 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"12\" fill=\"#1d1d1f\">")
                    .append(g.organisations())
                    .append("</text>");
            body.append("</g>");
            y += rowH;
        }
        int width = labelWidth + barMax + 50;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + (y + 4) + "\" width=\""
                + width
                + "\" height=\"" + (y + 4) + "\" role=\"img\" aria-labelledby=\"goals-title\""
                + " font-family=\"Arial, Helvetica, sans-serif\"><title id=\"goals-title\">"
                + text("overview.svg.goals.title")
                + "</title>" + body + "</svg>";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Text from data, escaped for the SVG markup. */
    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
