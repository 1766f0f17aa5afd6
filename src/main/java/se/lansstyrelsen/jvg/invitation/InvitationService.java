package se.lansstyrelsen.jvg.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.config.ShortTransactions;
import se.lansstyrelsen.jvg.organisation.OrganisationRepository;

/** Invitation rounds and invitations: who is invited, what they did, and when a round ends. */
@Service
@Transactional
public class InvitationService {

    private final InvitationRoundRepository rounds;
    private final InvitationRepository invitations;
    private final RoundStartForm startForm;
    private final AnsweredInvitations answered;
    private final InvitationLinkTokens links;
    private final Clock clock;

    InvitationService(
            EligibleOrganisationRepository eligible,
            InvitationRoundRepository rounds,
            InvitationRepository invitations,
            OrganisationRepository organisations,
            JdbcTemplate jdbc,
            ShortTransactions shortTransactions,
            Clock clock) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.startForm = new RoundStartForm(eligible, invitations, organisations);
        this.answered = new AnsweredInvitations(eligible, invitations);
        this.links = new InvitationLinkTokens(jdbc, shortTransactions, clock);
        this.clock = clock;
    }

    /**
     * Validates the start form and creates the round with one invitation per chosen organisation that has a
     * contact address, has not joined and has no open invitation in another round (see {@link RoundStartForm}).
     *
     * @throws InvalidInputException with a Swedish message per field
     */
    public StartedRound startRound(Map<String, ?> form, String startedBy, String processInstanceId) {
        RoundStartForm.Checked checked = startForm.read(form, LocalDate.now(clock.withZone(ClockConfig.SWEDEN)));
        InvitationRound round = rounds.save(new InvitationRound(
                checked.name(), checked.message(), checked.deadline(), startedBy, processInstanceId, clock.instant()));
        List<Long> ids = new ArrayList<>();
        for (EligibleOrganisation o : checked.invited()) {
            ids.add(invitations.save(new Invitation(round, o)).getId());
        }
        return new StartedRound(round.getId(), checked.deadline(), ids, checked.skipped());
    }

    /**
     * A fresh link token for the invitation's e-mail (the invitation or a reminder), put only into that e-mail; the
     * database keeps its SHA-256 hash. Committed on its own, in a short transaction, like the case's links: a link
     * already e-mailed keeps working even if the sending job is rolled back afterwards. Every link of the invitation
     * stays valid.
     */
    public String issueLink(long invitationId) {
        return links.issue(invitationId);
    }

    /** The invitation a link's token belongs to, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> invitationOf(String token) {
        return links.invitationOf(token);
    }

    /** The invitations of a round, for starting their processes. */
    @Transactional(readOnly = true)
    public List<InvitationRef> invitationsOf(long roundId) {
        return invitations.findByRoundIdOrderByIdAsc(roundId).stream()
                .map(i -> new InvitationRef(i.getId(), i.businessKey(), i.isOpen()))
                .toList();
    }

    /** What the invitation e-mail needs. */
    @Transactional(readOnly = true)
    public InvitationLetter letter(long invitationId) {
        Invitation i = invitations.findById(invitationId).orElseThrow();
        InvitationRound r = i.getRound();
        return new InvitationLetter(
                i.getId(),
                r.getId(),
                i.getOrganisation().getName(),
                i.getContactEmail(),
                r.getMessage(),
                r.getDeadline(),
                i.isOpen());
    }

    @Transactional(readOnly = true)
    public LocalDate deadlineOf(long roundId) {
        return rounds.findById(roundId).orElseThrow().getDeadline();
    }

    /**
     * An accession was submitted: ends the organisation's open invitations (by organisation number, or for a
     * municipality without a known number by its municipality code) and, when it came through an invitation's link
     * ({@code linkedInvitationId}, null otherwise), that invitation, also for an organisation whose number is not
     * known. A link forwarded to another organisation does not end the invitation: an invited organisation with a
     * known number must have submitted with that number, a municipality with its municipality code (see
     * {@link AnsweredInvitations}). Returns the business keys of the invitations it ended.
     */
    public List<String> accessionSubmitted(
            Long linkedInvitationId,
            String organisationNumber,
            String organisationType,
            String municipalityCode,
            String caseNumber) {
        List<Invitation> open = answered.of(linkedInvitationId, organisationNumber, organisationType, municipalityCode);
        Instant now = clock.instant();
        List<String> ended = new ArrayList<>();
        for (Invitation i : open) {
            i.markSubmitted(caseNumber, now);
            ended.add(i.businessKey());
        }
        return ended;
    }

    /** Closes the round and every invitation of it still open; returns how many were open. */
    public int closeRound(long roundId) {
        Instant now = clock.instant();
        rounds.findById(roundId).orElseThrow().close(now);
        List<Invitation> open = invitations.findByRoundIdAndEndedAtIsNull(roundId);
        open.forEach(i -> i.end(Invitation.EndReason.ROUND_CLOSED, now));
        return open.size();
    }

    /** The organisation opened the link in its invitation: the form's prefill, and "opened" recorded. */
    public Optional<Prefill> opened(String token) {
        return invitationOf(token).flatMap(invitations::findById).map(i -> {
            i.markOpened(clock.instant());
            EligibleOrganisation o = i.getOrganisation();
            return new Prefill(
                    o.getName(),
                    o.getOrganisationNumber(),
                    o.getOrganisationType().name(),
                    o.getMunicipalityCode());
        });
    }

    @Transactional(readOnly = true)
    public Optional<InvitationRound> round(long roundId) {
        return rounds.findById(roundId);
    }

    /** A round just created. */
    public record StartedRound(long roundId, LocalDate deadline, List<Long> invitationIds, List<String> skipped) {}

    /** An invitation with its process's business key. */
    public record InvitationRef(long id, String businessKey, boolean open) {}

    /** The content of one invitation e-mail. */
    public record InvitationLetter(
            long invitationId,
            long roundId,
            String organisationName,
            String email,
            String message,
            LocalDate deadline,
            boolean open) {}

    /** The organisation's details for the accession form. */
    public record Prefill(
            String organisationName, String organisationNumber, String organisationType, String municipalityCode) {}
}
