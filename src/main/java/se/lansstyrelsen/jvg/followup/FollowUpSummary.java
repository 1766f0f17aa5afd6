package se.lansstyrelsen.jvg.followup;

import static se.lansstyrelsen.jvg.config.Texts.text;

import se.lansstyrelsen.jvg.form.MarkdownText;

/**
 * A follow-up's answers as Markdown for the caseworker's review form, short enough for a string process variable.
 * Everything the organisation typed is escaped (MarkdownText), as in the accession's case history: it shows as
 * typed, never as markup or a link.
 */
final class FollowUpSummary {

    /**
     * A string variable's column holds 4,000 characters; the summary stays below with room to spare (long answers
     * are shortened in it; the whole answers are in the follow-up overview and its export).
     */
    static final int MAX_SUMMARY = 3_700;

    private FollowUpSummary() {}

    /** The answers and a reported new contact person; each answer shortened as far as needed to fit. */
    static String markdown(AnnualFollowUp f) {
        String md = markdown(f, Integer.MAX_VALUE);
        for (int cell = 400; md.length() > MAX_SUMMARY && cell >= 10; cell = cell * 3 / 4) {
            md = markdown(f, cell);
        }
        return md.length() > MAX_SUMMARY ? md.substring(0, MAX_SUMMARY) + "…" : md;
    }

    private static String markdown(AnnualFollowUp f, int cell) {
        StringBuilder md = new StringBuilder();
        for (GoalAnswer g : f.getAnswers()) {
            md.append("**")
                    .append(oneLine(g.area(), cell))
                    .append(": ")
                    .append(oneLine(g.goal(), cell))
                    .append("**\n\n")
                    .append("- ")
                    .append(text("followup.answer.done"))
                    .append(": ")
                    .append(oneLine(g.done(), cell))
                    .append('\n')
                    .append("- ")
                    .append(text("followup.answer.changed"))
                    .append(": ")
                    .append(oneLine(g.changed(), cell))
                    .append('\n')
                    .append("- ")
                    .append(text("followup.summary.support-wanted"))
                    .append(": ")
                    .append(oneLine(g.supportWanted(), cell))
                    .append("\n\n");
        }
        AnnualFollowUp.NewContact c = f.getNewContact();
        if (c != null) {
            md.append("**")
                    .append(text("followup.summary.new-contact"))
                    .append(":** ")
                    .append(oneLine(c.name(), cell))
                    .append(c.title() == null ? "" : ", " + oneLine(c.title(), cell))
                    .append(", ")
                    .append(oneLine(c.email(), cell))
                    .append(c.phone() == null ? "" : ", " + oneLine(c.phone(), cell))
                    .append('\n');
        }
        return md.toString();
    }

    private static String oneLine(String text, int max) {
        if (text == null || text.isBlank()) {
            return "–";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return MarkdownText.escape(line.length() > max ? line.substring(0, max) + "…" : line);
    }
}
