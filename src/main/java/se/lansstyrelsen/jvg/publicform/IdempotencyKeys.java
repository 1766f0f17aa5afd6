package se.lansstyrelsen.jvg.publicform;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.Sha256;

/**
 * The idempotency keys of the public page's submissions: the page's key checked and kept only as a hash, with the
 * hash of the request's content, for the idempotency window. A repeated request within the window is answered
 * with the case the first one created; the same key with other content is refused. Made by
 * PublicSubmissionService; a key is stored in the transaction that creates the case.
 */
class IdempotencyKeys {

    private static final Pattern KEY_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{16,100}$");
    private static final ObjectMapper CANONICAL =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final SubmissionKeyRepository keys;
    private final AccessionSettings settings;
    private final Clock clock;

    IdempotencyKeys(SubmissionKeyRepository keys, AccessionSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The hash of the page's key; null without a key.
     *
     * @throws InvalidInputException (400) when the key does not have the expected shape
     */
    static String keyHash(String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        if (!KEY_SHAPE.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(
                    PublicSubmissionService.IDEMPOTENCY_HEADER, text("publicform.idempotency-key.invalid"));
        }
        return Sha256.hex(idempotencyKey);
    }

    /** The hash of the request's content, its fields in the order of their names. */
    static String requestHash(Map<String, Object> formData) {
        return Sha256.hex(canonical(formData));
    }

    /** Stores the key (keys older than the window are removed first); null, storing nothing, without a key. */
    SubmissionKey store(String keyHash, String requestHash) {
        if (keyHash == null) {
            return null;
        }
        keys.deleteOlderThan(clock.instant().minus(settings.getPublicForm().getIdempotencyWindow()));
        return keys.saveAndFlush(new SubmissionKey(keyHash, requestHash, clock.instant()));
    }

    /**
     * The case an earlier request with the key created within the window, if there was one.
     *
     * @throws PublicSubmissionService.IdempotencyKeyReusedException when that request had other content (or
     *     created no case)
     */
    Optional<String> earlierCase(String keyHash, String requestHash) {
        if (keyHash == null) {
            return Optional.empty();
        }
        Instant windowStart = clock.instant().minus(settings.getPublicForm().getIdempotencyWindow());
        return keys.findByKeyHash(keyHash)
                .filter(k -> k.getCreatedAt().isAfter(windowStart))
                .map(k -> {
                    if (!k.getRequestHash().equals(requestHash) || k.getCaseNumber() == null) {
                        throw new PublicSubmissionService.IdempotencyKeyReusedException();
                    }
                    return k.getCaseNumber();
                });
    }

    private static String canonical(Map<String, Object> formData) {
        try {
            return CANONICAL.writeValueAsString(formData);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
