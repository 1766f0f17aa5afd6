package se.lansstyrelsen.jvg.session;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.InvalidInputException;

/**
 * Information sessions and their sign-ups: the rules (places, waiting list, who moves up when a place frees, in
 * {@link WaitingList}). Places are counted with the session's row locked, so two sign-ups at once never both take
 * the last place. What caseworkers and organisations type is checked by {@link SessionDetailsCheck} and
 * {@link SignupFormReader}.
 */
@Service
@Transactional
public class SessionService {

    private final InformationSessionRepository sessions;
    private final SessionSignupRepository signups;
    private final WaitingList waitingList;
    private final SignupCancelTokens cancelTokens;
    private final Clock clock;

    SessionService(
            InformationSessionRepository sessions,
            SessionSignupRepository signups,
            SignupCancelTokens cancelTokens,
            Clock clock) {
        this.sessions = sessions;
        this.signups = signups;
        this.waitingList = new WaitingList(signups);
        this.cancelTokens = cancelTokens;
        this.clock = clock;
    }

    // ---- sessions (caseworkers) ----

    public InformationSession create(SessionDetails details) {
        check(details, null);
        return sessions.save(new InformationSession(details, false, clock.instant()));
    }

    /** Demo data only (see SampleSessions). */
    InformationSession createExample(SessionDetails details) {
        return sessions.save(new InformationSession(details, true, clock.instant()));
    }

    /** Title, link and capacity can always change; the time only while nobody is signed up (their invitations hold it). */
    public InformationSession update(Long sessionId, SessionDetails details) {
        InformationSession s = locked(sessionId);
        if (s.isCancelled()) {
            throw new InvalidInputException("title", text("session.error.cancelled-unchangeable"));
        }
        check(details, s);
        s.apply(details);
        return s;
    }

    /** Cancels the session; returns the sign-ups (place or waiting list) that must be told. */
    public List<Long> cancel(Long sessionId) {
        InformationSession s = locked(sessionId);
        if (s.isCancelled()) {
            return List.of();
        }
        s.cancel();
        return activeSignups(sessionId).stream().map(SessionSignup::getId).toList();
    }

    private void check(SessionDetails details, InformationSession existing) {
        SessionDetailsCheck.check(
                details,
                existing,
                clock.instant(),
                () -> !activeSignups(existing.getId()).isEmpty());
    }

    /** The session, its row locked until the transaction ends. */
    private InformationSession locked(Long sessionId) {
        return sessions.lockById(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
    }

    private SessionSignup signupById(Long signupId) {
        return signups.findById(signupId).orElseThrow(() -> new IllegalArgumentException("No sign-up " + signupId));
    }

    /** The sign-ups with a place or on the waiting list. */
    private List<SessionSignup> activeSignups(Long sessionId) {
        return signups.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId).stream()
                .filter(x -> x.getStatus() != SessionSignup.Status.CANCELLED)
                .toList();
    }

    @Transactional(readOnly = true)
    public InformationSession get(Long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
    }

    @Transactional(readOnly = true)
    public List<InformationSession> all() {
        return sessions.findAllByOrderByStartsAtDesc();
    }

    @Transactional(readOnly = true)
    public List<SessionSignup> signups(Long sessionId) {
        return signups.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId);
    }

    @Transactional(readOnly = true)
    public long placesTaken(Long sessionId) {
        return signups.placesTaken(sessionId);
    }

    @Transactional(readOnly = true)
    public SessionSignup signup(Long signupId) {
        return withSession(signupById(signupId));
    }

    /** The sign-up with its session loaded, for use outside the transaction. */
    private static SessionSignup withSession(SessionSignup signup) {
        signup.getSession().getTitle();
        return signup;
    }

    boolean hasExamples() {
        return sessions.countByExampleTrue() > 0;
    }

    // ---- sign-ups (organisations) ----

    /** Checks the public form's values; Swedish messages per form key. */
    public SignupForm readSignup(Map<String, Object> data) {
        return SignupFormReader.read(data);
    }

    /** A place if the session has room for all participants, else the waiting list. */
    public SessionSignup signUp(Long sessionId, SignupForm form) {
        InformationSession s = locked(sessionId);
        if (!isOpen(s)) {
            throw new InvalidInputException("session", text("session.signup.error.closed"));
        }
        return signups.saveAndFlush(new SessionSignup(
                s,
                form,
                waitingList.placeFor(s, form.participants())
                        ? SessionSignup.Status.CONFIRMED
                        : SessionSignup.Status.WAITING,
                clock.instant()));
    }

    public boolean isOpen(InformationSession s) {
        return !s.isCancelled() && s.getStartsAt().isAfter(clock.instant());
    }

    /** The sign-up of a cancellation link, if the link is valid and the sign-up still stands. */
    @Transactional(readOnly = true)
    public Optional<SessionSignup> byCancelToken(String token) {
        return cancelTokens.find(token).map(SessionService::withSession);
    }

    /**
     * A new cancellation link for the sign-up (the previous one stops working). Committed on its own, like
     * the case's links, so a link already e-mailed keeps working if the sending job is rolled back afterwards.
     */
    public String issueCancelToken(Long signupId) {
        return cancelTokens.issue(signupId);
    }

    /**
     * Cancels a sign-up (the participant through the link, or a caseworker) and moves waiting sign-ups up, in
     * the order they came, while their participants fit. Returns who moved up (empty when the sign-up was
     * already cancelled or the session has passed).
     */
    public Cancellation cancelSignup(Long signupId) {
        SessionSignup signup = signupById(signupId);
        InformationSession s = sessions.lockById(signup.getSession().getId()).orElseThrow();
        if (signup.getStatus() == SessionSignup.Status.CANCELLED) {
            return new Cancellation(false, List.of());
        }
        signup.cancel();
        signups.flush();
        return new Cancellation(true, isOpen(s) ? waitingList.moveUp(s) : List.of());
    }

    /** Outcome of a cancellation. */
    public record Cancellation(boolean cancelled, List<Long> promoted) {}

    /** No session with this id. */
    public static class UnknownSessionException extends RuntimeException {
        public UnknownSessionException(Long id) {
            super("No information session " + id);
        }
    }
}
