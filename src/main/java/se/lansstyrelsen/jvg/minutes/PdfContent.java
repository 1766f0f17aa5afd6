package se.lansstyrelsen.jvg.minutes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an uploaded file holds, read from its bytes: whether it is a PDF, and whether it carries active content. */
final class PdfContent {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PDF_NAME = Pattern.compile("/([A-Za-z0-9#]+)");
    private static final Set<String> ACTIVE_NAMES = Set.of(
            "JS",
            "JavaScript",
            "Launch",
            "OpenAction",
            "AA",
            "EmbeddedFile",
            "EmbeddedFiles",
            "RichMedia",
            "XFA",
            "SubmitForm",
            "ImportData");

    private PdfContent() {}

    static boolean isPdf(byte[] content) {
        return content.length >= PDF_MAGIC.length
                && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /**
     * Whether the PDF carries active content that a caseworker's PDF reader could run: JavaScript ({@code /JS},
     * {@code /JavaScript}), launch or automatic actions ({@code /Launch}, {@code /OpenAction}, {@code /AA}),
     * embedded files or rich media. PDF names may hide letters as {@code #xx} escapes, so names are decoded
     * first; stream contents are skipped. An extract of minutes needs none of these; a compressed object stream
     * could still hide them, so this is a first filter, not a virus scan.
     */
    static boolean hasActiveContent(byte[] content) {
        Matcher names = PDF_NAME.matcher(withoutStreams(new String(content, StandardCharsets.ISO_8859_1)));
        while (names.find()) {
            String name = decodeName(names.group(1));
            if (ACTIVE_NAMES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file without the contents of its streams (images, compressed page content): their bytes could spell
     * "/JS" by chance. An embedded file's dictionary stands before its stream, so it is still seen.
     */
    private static String withoutStreams(String text) {
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (true) {
            int start = text.indexOf("stream", from);
            if (start < 0 || start > 0 && text.charAt(start - 1) == 'd') {
                if (start < 0) {
                    break;
                }
                kept.append(text, from, start + 6);
                from = start + 6;
                continue;
            }
            int end = text.indexOf("endstream", start + 6);
            kept.append(text, from, start);
            if (end < 0) {
                return kept.toString();
            }
            from = end + 9;
        }
        return kept.append(text, from, text.length()).toString();
    }

    private static String decodeName(String raw) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '#' && i + 2 < raw.length()) {
                try {
                    name.append((char) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException notHex) {
                    // a literal '#'
                }
            }
            name.append(c);
        }
        return name.toString();
    }
}
