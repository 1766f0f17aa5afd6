package se.lansstyrelsen.jvg.session.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.session.SessionDetails;
import se.lansstyrelsen.jvg.session.SessionProcessGateway;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;

/**
 * What the pages do, each in one transaction with the engine: the sign-up and its process commit together,
 * and a cancellation, the waiting list moving up and the messages to the processes too.
 */
@Service
@Transactional
class SessionSignups {

    private final SessionService sessions;
    private final SessionProcessGateway gateway;

    SessionSignups(SessionService sessions, SessionProcessGateway gateway) {
        this.sessions = sessions;
        this.gateway = gateway;
    }

    SessionSignup signUp(Long sessionId, Map<String, Object> formData) {
        sessions.get(sessionId); // an unknown session is a 404 before the form's errors
        SessionSignup signup = sessions.signUp(sessionId, sessions.readSignup(formData));
        gateway.start(signup.getId(), signup.getStatus() == SessionSignup.Status.CONFIRMED);
        return signup;
    }

    /** Through the link in the e-mail; false when the link is not valid (any more). */
    boolean cancelByLink(String token) {
        Optional<SessionSignup> signup = sessions.byCancelToken(token);
        signup.ifPresent(s -> cancel(s.getId()));
        return signup.isPresent();
    }

    void cancel(Long signupId) {
        SessionService.Cancellation c = sessions.cancelSignup(signupId);
        if (c.cancelled()) {
            gateway.signupCancelled(signupId);
            gateway.placesOffered(c.promoted());
        }
    }

    void cancelSession(Long sessionId) {
        List<Long> told = sessions.cancel(sessionId);
        gateway.sessionCancelled(told);
    }

    void update(Long sessionId, SessionDetails details) {
        sessions.update(sessionId, details);
    }
}
