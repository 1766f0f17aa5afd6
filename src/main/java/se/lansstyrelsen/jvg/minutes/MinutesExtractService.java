package se.lansstyrelsen.jvg.minutes;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.Sha256;

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
        if (!PdfContent.isPdf(content)) {
            throw new InvalidInputException(FIELD, text("minutes.error.not-pdf"));
        }
        if (PdfContent.hasActiveContent(content)) {
            throw new InvalidInputException(FIELD, text("minutes.error.active-content"));
        }
        if (extracts.countByAccessionId(accessionId) >= MAX_PER_CASE) {
            throw new InvalidInputException(FIELD, text("minutes.error.too-many", MAX_PER_CASE));
        }
        String name = safeFileName(originalName);
        MinutesExtract saved =
                extracts.save(new MinutesExtract(accessionId, name, content, Sha256.hex(content), clock.instant()));
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

    /** Keeps letters, digits and a few punctuation marks; always ends in .pdf. Used only for display and download. */
    static String safeFileName(String original) {
        String base = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("(?i)\\.pdf$", "")
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .strip();
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return (base.isEmpty() ? "protokollsutdrag" : base) + ".pdf";
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
