package se.lansstyrelsen.jvg.session;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.config.ShortTransactions;

/** The sign-ups' cancellation links: a random token e-mailed to the participant, of which only the hash is stored. */
@Component
class SignupCancelTokens {

    private final SessionSignupRepository signups;
    private final ShortTransactions shortTransactions;

    SignupCancelTokens(SessionSignupRepository signups, ShortTransactions shortTransactions) {
        this.signups = signups;
        this.shortTransactions = shortTransactions;
    }

    /** The sign-up that still stands with this token, if the token has a plausible length and matches one. */
    Optional<SessionSignup> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return signups.findByCancelTokenHash(AccessTokenService.hash(token))
                .filter(x -> x.getStatus() != SessionSignup.Status.CANCELLED);
    }

    /** A new token for the sign-up, its hash committed in a transaction of its own; the previous one stops working. */
    String issue(Long signupId) {
        String token = AccessTokenService.newToken();
        shortTransactions.execute(jdbc -> jdbc.update(
                "update session_signup set cancel_token_hash = ? where id = ?",
                AccessTokenService.hash(token),
                signupId));
        return token;
    }
}
