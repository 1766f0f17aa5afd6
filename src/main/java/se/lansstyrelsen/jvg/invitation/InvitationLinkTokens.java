package se.lansstyrelsen.jvg.invitation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.config.ShortTransactions;

/**
 * The tokens of invitations' links: random, URL-safe, put only into the e-mail; invitation_link keeps their
 * SHA-256 hashes, one row per e-mail sent. Made by InvitationService; a token is stored in a short transaction of
 * its own, and looked up in the caller's transaction.
 */
class InvitationLinkTokens {

    /** The shape of a link's token: URL-safe Base64 (32 random bytes now; 24 in links sent before V21). */
    static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    private final JdbcTemplate jdbc;
    private final ShortTransactions shortTransactions;
    private final Clock clock;

    InvitationLinkTokens(JdbcTemplate jdbc, ShortTransactions shortTransactions, Clock clock) {
        this.jdbc = jdbc;
        this.shortTransactions = shortTransactions;
        this.clock = clock;
    }

    /** A fresh token for the invitation, its hash committed at once. */
    String issue(long invitationId) {
        String token = AccessTokenService.newToken();
        shortTransactions.execute(j -> j.update(
                "insert into invitation_link (invitation_id, token_hash, created_at) values (?, ?, ?)",
                invitationId,
                AccessTokenService.hash(token),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        return token;
    }

    /** The invitation the token belongs to, if any. */
    Optional<Long> invitationOf(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc
                .queryForList(
                        "select invitation_id from invitation_link where token_hash = ?",
                        Long.class,
                        AccessTokenService.hash(token))
                .stream()
                .findFirst();
    }
}
