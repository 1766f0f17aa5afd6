package se.lansstyrelsen.jvg.publicform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Which failures of a completion mean "someone else changed the case first" (409) and which are faults (500). */
class ConcurrentChangeTest {

    @Test
    void shouldTreatAMessageThatNoLongerFindsItsWaitingProcessAsAConcurrentChange() {
        // Seen in CI: two completions passed the "waits for completion" check; the first committed and the second's
        // correlation found no subscription any more.
        var lateCorrelation = new ProcessEngineException(
                "closing command context",
                new MismatchingMessageCorrelationException(
                        "AccessionCompleted", "No process definition or execution matches"));

        assertThat(ConcurrentChange.isCause(lateCorrelation)).isTrue();
    }

    @Test
    void shouldTreatLostOptimisticLocksAsConcurrentChanges() {
        assertThat(ConcurrentChange.isCause(new OptimisticLockingException("execution updated")))
                .isTrue();
        assertThat(ConcurrentChange.isCause(new ObjectOptimisticLockingFailureException("Accession", 1L)))
                .isTrue();
    }

    @Test
    void shouldNotHideOtherFailures() {
        assertThat(ConcurrentChange.isCause(new ProcessEngineException(
                        "database unreachable", new IllegalStateException("connection refused"))))
                .isFalse();
        assertThat(ConcurrentChange.isCause(new IllegalArgumentException("bad data")))
                .isFalse();
    }
}
