package se.lansstyrelsen.jvg.publicform;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import se.lansstyrelsen.jvg.accession.IllegalTransitionException;

/**
 * Whether a failure means that another change to the same case committed first: a lost optimistic lock,
 * a refused state transition, or a message that no longer finds its waiting process (the case was checked
 * as waiting in this transaction, so another completion, a withdrawal or a caseworker's decision moved the
 * process on before the correlation).
 */
final class ConcurrentChange {

    private ConcurrentChange() {}

    static boolean isCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockingException
                    || c instanceof ConcurrencyFailureException
                    || c instanceof jakarta.persistence.OptimisticLockException
                    || c instanceof org.hibernate.StaleStateException
                    || c instanceof IllegalTransitionException
                    || c instanceof MismatchingMessageCorrelationException) {
                return true;
            }
        }
        return false;
    }
}
