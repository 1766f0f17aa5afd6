package se.lansstyrelsen.jvg.followup;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessToken.Purpose;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionStatus;
import se.lansstyrelsen.jvg.notification.AccessionNotifier;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * The yearly follow-up of joined organisations: creating one per organisation and year (never two),
 * the organisation's answer through its secure link (validated as a whole before anything is stored),
 * and the caseworker's review, where an accepted new contact person replaces the case's contact.
 */
@Service
@Transactional
public class AnnualFollowUpService {

    private final AnnualFollowUpRepository followUps;
    private final YearlyFollowUps yearly;
    private final AccessionService accessions;
    private final AccessTokenService tokens;
    private final GoalCatalogue catalogue;
    private final AnnualFollowUpGateway gateway;
    private final Clock clock;

    AnnualFollowUpService(
            AnnualFollowUpRepository followUps,
            EntityManager entities,
            AccessionService accessions,
            AccessTokenService tokens,
            GoalCatalogue catalogue,
            AnnualFollowUpGateway gateway,
            Clock clock) {
        this.gateway = gateway;
        this.followUps = followUps;
        this.yearly = new YearlyFollowUps(followUps, entities, clock);
        this.accessions = accessions;
        this.tokens = tokens;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * A follow-up for every joined organisation (a registered case whose contact person is known) that has
     * none for the year yet; the newest registered case of an organisation is the one followed up.
     *
     * @return the follow-ups created now (none for organisations followed up already this year)
     */
    public List<Created> createForYear(int year) {
        return yearly.createForAll(year);
    }

    /** The follow-up of this joined case for the year, unless its organisation has one for the year already. */
    public Optional<Created> createFor(Long accessionId, int year) {
        Accession a = accessions.get(accessionId);
        if (a.getStatus() != AccessionStatus.REGISTERED) {
            throw new IllegalStateException("Case " + a.getCaseNumber() + " is not joined (" + a.getStatus() + ")");
        }
        return yearly.createFor(a, year);
    }

    /** The process instance's business key: the accession's case number and the year ("JVG-2026-0042/2027"). */
    public static String businessKey(String caseNumber, int year) {
        return caseNumber + "/" + year;
    }

    @Transactional(readOnly = true)
    public AnnualFollowUp get(Long followUpId) {
        return followUps
                .findById(followUpId)
                .orElseThrow(() -> new IllegalStateException("No annual follow-up with id " + followUpId));
    }

    /** A fresh secure link token for the follow-up's form (put only into an e-mail). */
    public AccessTokenService.IssuedToken issueLink(Long followUpId) {
        return tokens.issue(get(followUpId).getAccessionId(), Purpose.ANNUAL_FOLLOW_UP);
    }

    /** The follow-up a link opens: the newest one of the link's case that still waits for an answer. */
    @Transactional(readOnly = true)
    public Optional<AnnualFollowUp> waitingFor(String token) {
        return tokens.resolve(token, Purpose.ANNUAL_FOLLOW_UP)
                .flatMap(t ->
                        followUps
                                .findByAccessionIdAndStatusOrderByYearDesc(t.getAccessionId(), FollowUpStatus.SENT)
                                .stream()
                                .findFirst());
    }

    /** What the public form shows and is prefilled with: the organisation, the year and its goals. */
    @Transactional(readOnly = true)
    public Optional<FollowUpForm> form(String token) {
        return waitingFor(token).map(f -> {
            Accession a = accessions.get(f.getAccessionId());
            List<Map<String, Object>> goals = new ArrayList<>();
            for (AccessionNotifier.GoalLine g : goalLines(a)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(FollowUpAnswers.GOAL_LABEL, g.area() + ": " + g.text());
                goals.add(row);
            }
            return new FollowUpForm(
                    a.getCaseNumber(),
                    a.getOrganisation().getName(),
                    f.getYear(),
                    Map.of(FollowUpAnswers.GOALS, goals));
        });
    }

    /**
     * Stores the organisation's answer, validated as a whole first (nothing is stored when a field is wrong), and
     * moves its process on to the caseworker's review in the same transaction (both or neither).
     *
     * @return the answered follow-up, or empty when the link does not open one
     * @throws se.lansstyrelsen.jvg.accession.InvalidInputException with a Swedish message per field
     */
    public Optional<AnnualFollowUp> answer(String token, Map<String, Object> formData) {
        Optional<AnnualFollowUp> open = waitingFor(token);
        open.ifPresent(f -> {
            Accession a = accessions.get(f.getAccessionId());
            FollowUpAnswers.Parsed parsed = FollowUpAnswers.parse(formData, goalLines(a));
            f.answer(parsed.answers(), parsed.newContact(), clock.instant());
            followUps.flush();
            gateway.answered(
                    businessKey(a.getCaseNumber(), f.getYear()),
                    summaryMarkdown(f.getId()),
                    parsed.newContact() != null);
        });
        return open;
    }

    /** The caseworker reviewed the answer; an accepted new contact person replaces the case's contact. */
    public void review(Long followUpId, boolean acceptContactChange, String note, String actor) {
        AnnualFollowUp f = get(followUpId);
        AnnualFollowUp.NewContact c = f.getNewContact();
        if (acceptContactChange && c != null) {
            accessions.changeContactPerson(
                    f.getAccessionId(),
                    c.name(),
                    c.title(),
                    c.email(),
                    c.phone(),
                    actor,
                    text("followup.contact-change.note", f.getYear()));
        }
        f.review(acceptContactChange, trimToNull(note), clock.instant());
    }

    /** No answer came; the caseworker followed it up and closes the year's follow-up. */
    public void closeUnanswered(Long followUpId, String note) {
        get(followUpId).closeUnanswered(trimToNull(note), clock.instant());
    }

    /** The answers as Markdown for the caseworker's review form; see {@link FollowUpSummary}. */
    @Transactional(readOnly = true)
    public String summaryMarkdown(Long followUpId) {
        return FollowUpSummary.markdown(get(followUpId));
    }

    private List<AccessionNotifier.GoalLine> goalLines(Accession a) {
        return AccessionNotifier.goalLines(a.getCommitment().goals(), catalogue.current());
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A follow-up created now and the business key its process instance gets. */
    public record Created(Long followUpId, String businessKey) {}

    /** The public form's heading and prefill. */
    public record FollowUpForm(String caseNumber, String organisationName, int year, Map<String, Object> data) {}
}
