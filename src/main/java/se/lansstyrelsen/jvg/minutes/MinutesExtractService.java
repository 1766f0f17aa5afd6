package se.lansstyrelsen.jvg.minutes;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.InvalidInputException;

/**
 * Stores and serves the extract of minutes. The type is checked by content (a PDF starts with
 * {@code %PDF-}), never by file name or the Content-Type the browser claims.
 */
@Service
@Transactional
public class MinutesExtractService {

  /** Largest accepted file: 10 MB. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  /** Error key the public API and pages use for the file. */
  public static final String FIELD = "protokollsutdrag";
  /** Most extracts a case keeps (a replacement is a new row; the newest is the one shown). */
  static final int MAX_PER_CASE = 5;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final MinutesExtractRepository extracts;
  private final Clock clock;

  MinutesExtractService(MinutesExtractRepository extracts, Clock clock) {
    this.extracts = extracts;
    this.clock = clock;
  }

  /**
   * Stores a PDF for the case.
   *
   * @throws InvalidInputException (Swedish, key {@link #FIELD}) for an empty, oversized or non-PDF file
   */
  public StoredExtract store(Long accessionId, String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException(FIELD, text("minutes.error.empty"));
    }
    if (content.length > MAX_BYTES) {
      throw new TooLargeException();
    }
    if (!isPdf(content)) {
      throw new InvalidInputException(FIELD, text("minutes.error.not-pdf"));
    }
    if (hasActiveContent(content)) {
      throw new InvalidInputException(FIELD, text("minutes.error.active-content"));
    }
    if (extracts.countByAccessionId(accessionId) >= MAX_PER_CASE) {
      throw new InvalidInputException(FIELD, text("minutes.error.too-many", MAX_PER_CASE));
    }
    String name = safeFileName(originalName);
    MinutesExtract saved = extracts.save(new MinutesExtract(accessionId, name, content, sha256(content), clock.instant()));
    return new StoredExtract(saved.getId(), saved.getFileName(), saved.getSizeBytes());
  }

  /** The newest extract of the case. */
  @Transactional(readOnly = true)
  public Optional<MinutesExtract> latest(Long accessionId) {
    return extracts.findFirstByAccessionIdOrderByIdDesc(accessionId);
  }

  /** The file name of the case's newest extract, read without loading the file itself (up to 10 MB). */
  @Transactional(readOnly = true)
  public Optional<String> latestFileName(Long accessionId) {
    return extracts.fileNamesNewestFirst(accessionId, Limit.of(1)).stream().findFirst();
  }

  static boolean isPdf(byte[] content) {
    return content.length >= PDF_MAGIC.length && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
  }

  /**
   * Whether the PDF carries active content that a caseworker's PDF reader could run: JavaScript ({@code /JS},
   * {@code /JavaScript}), launch or automatic actions ({@code /Launch}, {@code /OpenAction}, {@code /AA}),
   * embedded files or rich media. PDF names may hide letters as {@code #xx} escapes, so names are decoded
   * first; stream contents are skipped. An extract of minutes needs none of these; a compressed object stream
   * could still hide them, so this is a first filter, not a virus scan.
   */
  static boolean hasActiveContent(byte[] content) {
    java.util.regex.Matcher names = PDF_NAME.matcher(withoutStreams(new String(content, StandardCharsets.ISO_8859_1)));
    while (names.find()) {
      String name = decodeName(names.group(1));
      if (ACTIVE_NAMES.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern PDF_NAME = java.util.regex.Pattern.compile("/([A-Za-z0-9#]+)");
  private static final java.util.Set<String> ACTIVE_NAMES = java.util.Set.of("JS", "JavaScript", "Launch", "OpenAction",
      "AA", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm", "ImportData");

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

  /** Keeps letters, digits and a few punctuation marks; always ends in .pdf. Used only for display and download. */
  static String safeFileName(String original) {
    String base = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("(?i)\\.pdf$", "").replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
    if (base.length() > 100) {
      base = base.substring(0, 100);
    }
    return (base.isEmpty() ? "protokollsutdrag" : base) + ".pdf";
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file is over 10 MB (the public API answers 413). */
  public static class TooLargeException extends InvalidInputException {
    public TooLargeException() {
      super(FIELD, text("minutes.error.too-large"));
    }
  }

  /** What was stored. */
  public record StoredExtract(Long id, String fileName, long sizeBytes) {}
}
