package se.lansstyrelsen.jvg.invitation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Called by the accession process when an accession is registered (registerSubmissionDelegate in
 * process.AccessionDelegates): ends the organisation's open invitations, in the same transaction as the
 * registration. No invitation: nothing happens.
 */
@Component
public class InvitationAnswers {

    private final InvitationService invitations;
    private final InvitationEngine engine;

    InvitationAnswers(InvitationService invitations, InvitationEngine engine) {
        this.invitations = invitations;
        this.engine = engine;
    }

    /**
     * The invitation whose link an accession from the public page came through ({@code X-Invitation-Token}).
     *
     * @throws se.lansstyrelsen.jvg.accession.InvalidInputException (400, Swedish) when the token is not an
     *     invitation's link
     */
    @Transactional(readOnly = true)
    public long linkedInvitation(String token) {
        return invitations
                .invitationOf(token)
                .orElseThrow(() -> new se.lansstyrelsen.jvg.accession.InvalidInputException(
                        "inbjudan", text("invitation.link.invalid-on-submit")));
    }

    /**
     * Returns the business keys of the invitations it ended. {@code linkedInvitationId}: the invitation whose link
     * the accession came through (public page only; see InvitationService#accessionSubmitted), else null.
     */
    @Transactional
    public List<String> accessionSubmitted(
            Long linkedInvitationId,
            String organisationNumber,
            String organisationType,
            String municipalityCode,
            String caseNumber) {
        List<String> ended = invitations.accessionSubmitted(
                linkedInvitationId, organisationNumber, organisationType, municipalityCode, caseNumber);
        ended.forEach(key -> engine.accessionSubmitted(key, caseNumber));
        return ended;
    }
}
