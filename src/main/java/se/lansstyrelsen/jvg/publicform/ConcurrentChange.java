package se.lansstyrelsen.jvg.publicform;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import se.lansstyrelsen.jvg.accession.IllegalTransitionException;

/** Whether a failure means that another change to the same case committed first. */
final class ConcurrentChange {

  private ConcurrentChange() {}

  static boolean isCause(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof OptimisticLockingException || c instanceof ConcurrencyFailureException
          || c instanceof jakarta.persistence.OptimisticLockException || c instanceof org.hibernate.StaleStateException
          || c instanceof IllegalTransitionException) {
        return true;
      }
    }
    return false;
  }
}
