package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway.Withdrawal;

/**
 * How a withdrawal that meets another change ends. On PostgreSQL a registration completing at the same moment can
 * make the database pick the withdrawal as a deadlock's loser (CI saw a 500 for it): that is the same conflict as
 * an optimistic lock, answered 409, not a server error.
 */
class WithdrawalOutcomeTest {

    private final RuntimeService runtime = mock(RuntimeService.class);
    private final MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class, RETURNS_SELF);
    private final AccessionProcessGateway gateway = new AccessionProcessGateway(runtime, mock(ManagementService.class));

    private Withdrawal withdrawWhenCorrelationThrows(RuntimeException e) {
        when(runtime.createMessageCorrelation(anyString())).thenReturn(correlation);
        doThrow(e).when(correlation).correlate();
        return gateway.withdraw("JVG-2026-0001", "Vi avvaktar");
    }

    @Test
    void shouldCallADeadlockLostToARegistrationAConflict() {
        assertThat(withdrawWhenCorrelationThrows(
                        new CannotAcquireLockException("could not execute statement [ERROR: deadlock detected]")))
                .isEqualTo(Withdrawal.CONFLICT);
    }

    @Test
    void shouldCallACaseNoLongerWaitingNotRunning() {
        assertThat(withdrawWhenCorrelationThrows(new MismatchingMessageCorrelationException("no execution")))
                .isEqualTo(Withdrawal.NOT_RUNNING);
    }

    @Test
    void shouldLetOtherDatabaseErrorsThrough() {
        assertThatThrownBy(() -> withdrawWhenCorrelationThrows(new DataIntegrityViolationException("other")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shouldWithdrawWhenTheMessageIsCorrelated() {
        when(runtime.createMessageCorrelation(anyString())).thenReturn(correlation);
        when(correlation.setVariable(anyString(), any())).thenReturn(correlation);

        assertThat(gateway.withdraw("JVG-2026-0001", null)).isEqualTo(Withdrawal.WITHDRAWN);
    }
}
