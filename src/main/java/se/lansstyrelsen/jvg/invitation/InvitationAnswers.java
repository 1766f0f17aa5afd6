package se.lansstyrelsen.jvg.invitation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Called by the accession process when an accession is registered (RegisterSubmissionDelegate): ends the
 * organisation's open invitations, in the same transaction as the registration. No invitation: nothing happens.
 */
@Component
public class InvitationAnswers {

  private final InvitationService invitations;
  private final InvitationEngine engine;

  InvitationAnswers(InvitationService invitations, InvitationEngine engine) {
    this.invitations = invitations;
    this.engine = engine;
  }

  /** Returns the business keys of the invitations it ended. */
  @Transactional
  public List<String> accessionSubmitted(String organisationNumber, String organisationType, String municipalityCode,
      String caseNumber) {
    List<String> ended = invitations.accessionSubmitted(organisationNumber, organisationType, municipalityCode,
        caseNumber);
    ended.forEach(key -> engine.accessionSubmitted(key, caseNumber));
    return ended;
  }
}
