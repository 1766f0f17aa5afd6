package se.lansstyrelsen.jvg.session;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Engine calls for information-session sign-ups, from the web controllers: start and correlate. */
@Component
public class SessionProcessGateway {

    private final RuntimeService runtime;

    SessionProcessGateway(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** One process per sign-up; joins the caller's transaction, so sign-up and process commit together. */
    public void start(Long signupId, boolean placed) {
        runtime.startProcessInstanceByKey(
                SessionSignupProcess.KEY,
                SessionSignup.reference(signupId),
                Map.of(
                        SessionSignupProcess.Variables.SIGNUP_ID,
                        signupId,
                        SessionSignupProcess.Variables.PLACED,
                        placed));
    }

    public void placesOffered(List<Long> signupIds) {
        signupIds.forEach(id -> correlate(SessionSignupProcess.Messages.PLACE_OFFERED, id));
    }

    public void signupCancelled(Long signupId) {
        correlate(SessionSignupProcess.Messages.SIGNUP_CANCELLED, signupId);
    }

    public void sessionCancelled(List<Long> signupIds) {
        signupIds.forEach(id -> correlate(SessionSignupProcess.Messages.SESSION_CANCELLED, id));
    }

    /** correlateAll: a sign-up whose process has ended (the session is over) or never ran (demo data) is no error. */
    private void correlate(String message, Long signupId) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(SessionSignup.reference(signupId))
                .correlateAll();
    }
}
