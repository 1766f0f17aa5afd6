package se.lansstyrelsen.jvg.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The Camunda user on whose behalf the engine runs (null in a job). */
final class Actor {

    private Actor() {}

    static String current(DelegateExecution execution) {
        Authentication auth =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
