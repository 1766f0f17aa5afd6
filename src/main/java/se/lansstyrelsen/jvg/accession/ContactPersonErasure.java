package se.lansstyrelsen.jvg.accession;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Erases a contact person's personal data from a closed case; the register entry stays. */
@Service
@Transactional
public class ContactPersonErasure {

  private final AccessionRepository accessions;
  private final Clock clock;

  ContactPersonErasure(AccessionRepository accessions, Clock clock) {
    this.accessions = accessions;
    this.clock = clock;
  }

  /** The case as far as erasure needs it, or empty when no case has this number. */
  @Transactional(readOnly = true)
  public Optional<CaseView> find(String caseNumber) {
    return accessions.findByCaseNumber(caseNumber).map(a -> new CaseView(a.getCaseNumber(), a.getProcessInstanceId(),
        a.getClosedAt() != null, a.getContactEmail()));
  }

  /** Cases that ended without joining before {@code closedBefore} and still hold their contact person. */
  @Transactional(readOnly = true)
  public List<String> unjoinedCasesClosedBefore(Instant closedBefore) {
    return accessions.findContactsToErase(
        EnumSet.of(AccessionStatus.REJECTED, AccessionStatus.NOT_COMPLETED, AccessionStatus.WITHDRAWN), closedBefore);
  }

  /**
   * Nulls name, title, e-mail and phone of the case's contact person and records when and by whom.
   *
   * @throws IllegalStateException when the case is still being handled (it needs its contact person)
   */
  public void erase(String caseNumber, String actor) {
    Accession a = accessions.findByCaseNumber(caseNumber)
        .orElseThrow(() -> new IllegalArgumentException("No case " + caseNumber));
    if (a.getClosedAt() == null) {
      throw new IllegalStateException("Case " + caseNumber + " is still open");
    }
    a.eraseContactPerson(clock.instant(), actor);
  }

  /** What erasure needs to know about a case. */
  public record CaseView(String caseNumber, String processInstanceId, boolean closed, String contactEmail) {}
}
