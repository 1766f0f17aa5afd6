package se.lansstyrelsen.jvg.accession;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessToken.Purpose;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.Sha256;
import se.lansstyrelsen.jvg.config.ShortTransactions;

/**
 * Issues and resolves secure links: 256 random bits from {@link SecureRandom}, URL-safe Base64,
 * stored only as a SHA-256 hash, valid for {@code accession.token-validity}.
 */
@Service
public class AccessTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final ShortTransactions shortTransactions;
    private final AccessionSettings settings;
    private final Clock clock;
    /** The application's main pool: joins the caller's transaction. */
    private final JdbcTemplate jdbc;

    AccessTokenService(
            AccessTokenRepository tokens,
            ShortTransactions shortTransactions,
            AccessionSettings settings,
            Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.shortTransactions = shortTransactions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Issues a token. It commits on its own, in a short transaction on the short-transaction pool (never
     * a second connection of the caller's pool), so that a link already e-mailed keeps working even if
     * the sending job's transaction is rolled back afterwards. The case must be committed already.
     */
    public IssuedToken issue(Long accessionId, Purpose purpose) {
        return shortTransactions.execute(jdbc -> insert(jdbc, accessionId, purpose));
    }

    /**
     * As {@link #issue}, but in the caller's transaction, on its connection: for a case created in that same
     * transaction whose link is handed out only after the commit (the public form's status link). The case and
     * its link are stored together or not at all, with one commit fewer per submission (issue 8).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedToken issueInCurrentTransaction(Long accessionId, Purpose purpose) {
        return insert(jdbc, accessionId, purpose);
    }

    private IssuedToken insert(JdbcTemplate target, Long accessionId, Purpose purpose) {
        String token = newToken();
        Instant now = clock.instant();
        Instant expires = ZonedDateTime.ofInstant(now, clock.getZone())
                .plus(settings.getTokenValidity())
                .toInstant();
        target.update(
                "insert into access_token (accession_id, purpose, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)",
                accessionId,
                purpose.name(),
                hash(token),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(expires, ZoneOffset.UTC));
        return new IssuedToken(token, expires);
    }

    /** The token's record if it exists, has the purpose and has not expired. */
    @Transactional(readOnly = true)
    public Optional<AccessToken> resolve(String token, Purpose purpose) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.getPurpose() == purpose && t.getExpiresAt().isAfter(now));
    }

    /** A new token in clear text: 256 random bits from {@link SecureRandom}, URL-safe Base64 without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /** A token in clear text (only ever put into an e-mail) with its expiry. */
    public record IssuedToken(String token, Instant expiresAt) {}
}
