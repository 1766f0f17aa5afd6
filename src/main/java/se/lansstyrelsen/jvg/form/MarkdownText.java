package se.lansstyrelsen.jvg.form;

/**
 * Text a person typed, made safe for a Camunda Form's text view (Markdown with HTML): Markdown and HTML specials
 * become numeric character references, so they show as typed and never as markup or a link.
 */
public final class MarkdownText {

    private MarkdownText() {}

    /** Markdown and HTML specials become literal characters; line breaks become spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>&~\"'".indexOf(c) >= 0) {
                out.append("&#").append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
