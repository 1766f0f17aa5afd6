package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;
import static se.lansstyrelsen.jvg.overview.OverviewSvg.esc;

import java.util.List;
import java.util.Locale;

/** The coverage grid: one cell per municipality of the county, coloured, marked and titled by its state. */
final class CoverageGridSvg {

    static final String JOINED_FILL = "#1b6e3a";
    static final String UNDER_WAY_FILL = "#f2c14e";
    static final String NOT_STARTED_FILL = "#e4e6ea";

    private static final int COLUMNS = 7;
    private static final int CELL_W = 128;
    private static final int CELL_H = 56;
    private static final int GAP = 6;

    private CoverageGridSvg() {}

    /** 49 cells in 7 columns, ordered by municipal code, with a legend below. */
    static String coverageGrid(OverviewReport.Coverage coverage) {
        List<OverviewReport.Municipality> rows = coverage.rows();
        int gridRows = (rows.size() + COLUMNS - 1) / COLUMNS;
        int width = COLUMNS * (CELL_W + GAP) - GAP;
        int legendY = gridRows * (CELL_H + GAP) + 14;
        int height = legendY + 28;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append(
                        "\" role=\"img\" aria-labelledby=\"coverage-title coverage-desc\" font-family=\"Arial, Helvetica, sans-serif\">");
        svg.append("<title id=\"coverage-title\">")
                .append(text("overview.svg.coverage.title"))
                .append("</title>");
        svg.append("<desc id=\"coverage-desc\">")
                .append(text(
                        "overview.svg.coverage.description",
                        coverage.joined(),
                        coverage.municipalities(),
                        coverage.underWay(),
                        coverage.notStarted()))
                .append("</desc>");
        for (int i = 0; i < rows.size(); i++) {
            OverviewReport.Municipality m = rows.get(i);
            int x = (i % COLUMNS) * (CELL_W + GAP);
            int y = (i / COLUMNS) * (CELL_H + GAP);
            boolean dark = m.state() == OverviewReport.State.JOINED;
            String text = dark ? "#ffffff" : "#1d1d1f";
            svg.append("<g class=\"kommun\" data-code=\"")
                    .append(esc(m.code()))
                    .append("\" data-state=\"")
                    .append(m.state().name())
                    .append("\">");
            svg.append("<title>")
                    .append(esc(m.officialName()))
                    .append(" (")
                    .append(esc(m.code()))
                    .append("): ")
                    .append(esc(m.stateLabel()));
            if (m.joinedOn() != null) {
                svg.append(", ").append(text("overview.svg.joined-on", m.joinedOn()));
            } else if (m.caseStatus() != null) {
                svg.append(", ").append(esc(m.caseStatus().toLowerCase(Locale.ROOT)));
            }
            svg.append("</title>");
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(CELL_W)
                    .append("\" height=\"")
                    .append(CELL_H)
                    .append("\" rx=\"4\" fill=\"")
                    .append(fill(m.state()))
                    .append("\" stroke=\"#6b6f76\" stroke-width=\"")
                    .append(m.state() == OverviewReport.State.UNDER_WAY ? 2 : 1)
                    .append("\"")
                    .append(m.state() == OverviewReport.State.UNDER_WAY ? " stroke-dasharray=\"5 3\"" : "")
                    .append("/>");
            svg.append("<text x=\"")
                    .append(x + 8)
                    .append("\" y=\"")
                    .append(y + 20)
                    .append("\" font-size=\"11\" fill=\"")
                    .append(text)
                    .append("\">")
                    .append(esc(m.code()))
                    .append(' ')
                    .append(mark(m.state()))
                    .append("</text>");
            svg.append("<text x=\"")
                    .append(x + 8)
                    .append("\" y=\"")
                    .append(y + 42)
                    .append("\" font-size=\"14\" font-weight=\"bold\" fill=\"")
                    .append(text)
                    .append("\">")
                    .append(esc(m.name()))
                    .append("</text>");
            svg.append("</g>");
        }
        legend(svg, 0, legendY, OverviewReport.State.JOINED, coverage.joined());
        legend(svg, 230, legendY, OverviewReport.State.UNDER_WAY, coverage.underWay());
        legend(svg, 500, legendY, OverviewReport.State.NOT_STARTED, coverage.notStarted());
        return svg.append("</svg>").toString();
    }

    /** A legend entry: the state's colour, mark and label with the number of municipalities in it. */
    private static void legend(StringBuilder svg, int x, int y, OverviewReport.State state, long count) {
        String label = (mark(state).isEmpty() ? "" : mark(state) + " ") + state.label() + " (" + count + ")";
        svg.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"18\" height=\"18\" rx=\"3\" fill=\"")
                .append(fill(state))
                .append("\" stroke=\"#6b6f76\"/>");
        svg.append("<text x=\"")
                .append(x + 24)
                .append("\" y=\"")
                .append(y + 14)
                .append("\" font-size=\"13\" fill=\"#1d1d1f\">")
                .append(esc(label))
                .append("</text>");
    }

    private static String fill(OverviewReport.State state) {
        return switch (state) {
            case JOINED -> JOINED_FILL;
            case UNDER_WAY -> UNDER_WAY_FILL;
            case NOT_STARTED -> NOT_STARTED_FILL;
        };
    }

    private static String mark(OverviewReport.State state) {
        return switch (state) {
            case JOINED -> "✓";
            case UNDER_WAY -> "…";
            case NOT_STARTED -> "";
        };
    }
}
