package se.lansstyrelsen.jvg.accession;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Erases a contact person's personal data from a closed case; the register entry stays. */
@Service
@Transactional
public class ContactPersonErasure {

    private final AccessionRepository accessions;
    private final FollowUpNoteRepository notes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ContactPersonErasure(AccessionRepository accessions, FollowUpNoteRepository notes, JdbcTemplate jdbc, Clock clock) {
        this.accessions = accessions;
        this.notes = notes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The case as far as erasure needs it, or empty when no case has this number. */
    @Transactional(readOnly = true)
    public Optional<CaseView> find(String caseNumber) {
        return accessions
                .findByCaseNumber(caseNumber)
                .map(a -> new CaseView(
                        a.getCaseNumber(),
                        a.getFiling().processInstanceId(),
                        a.getClosedAt() != null,
                        a.getContact().email()));
    }

    /** Cases that ended without joining before {@code closedBefore} and still hold their contact person. */
    @Transactional(readOnly = true)
    public List<String> unjoinedCasesClosedBefore(Instant closedBefore) {
        return accessions.findContactsToErase(
                EnumSet.of(AccessionStatus.REJECTED, AccessionStatus.NOT_COMPLETED, AccessionStatus.WITHDRAWN),
                closedBefore);
    }

    /**
     * Nulls name, title, e-mail and phone of the case's contact person and records when and by whom.
     *
     * @throws IllegalStateException when the case is still being handled (it needs its contact person)
     */
    public void erase(String caseNumber, String actor) {
        Accession a = existing(caseNumber);
        if (a.getClosedAt() == null) {
            throw new IllegalStateException("Case " + caseNumber + " is still open");
        }
        a.eraseContactPerson(clock.instant(), actor);
    }

    /**
     * Erases what the case's free text says about the contact person: the follow-up notes (written about
     * the person) lose their text, and each of {@code addresses} is replaced by {@code marker} in the review
     * comment, the rejection reason and the notes of the status history. Call after {@link #erase}.
     */
    public void eraseFreeText(String caseNumber, Collection<String> addresses, String marker) {
        Accession a = existing(caseNumber);
        // Written first, so the SQL below is not overwritten by a later flush of the entity.
        accessions.flush();
        notes.eraseText(a.getId(), marker);
        for (String address : addresses) {
            jdbc.update(
                    "update accession set review_comment = replace(review_comment, ?, ?),"
                            + " rejection_reason = replace(rejection_reason, ?, ?) where id = ?",
                    address,
                    marker,
                    address,
                    marker,
                    a.getId());
            jdbc.update(
                    "update accession_status_change set note = replace(note, ?, ?) where accession_id = ?",
                    address,
                    marker,
                    a.getId());
        }
    }

    private Accession existing(String caseNumber) {
        return accessions
                .findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("No case " + caseNumber));
    }

    /** What erasure needs to know about a case. */
    public record CaseView(String caseNumber, String processInstanceId, boolean closed, String contactEmail) {}
}
