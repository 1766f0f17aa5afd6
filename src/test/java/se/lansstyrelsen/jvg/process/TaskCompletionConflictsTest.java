package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The retry of a task completion that lost only against a change elsewhere in the case (issue 8: the receipt's
 * parallel branch ending beside a review completed at the same moment), with a scripted engine behind it.
 */
class TaskCompletionConflictsTest {

  private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
  private final TaskCompletionConflicts conflicts = new TaskCompletionConflicts(() -> history);
  private final AtomicInteger attempts = new AtomicInteger();

  @Test
  void shouldRunACompletionOnceMoreWhenItLostARaceAndItsTaskIsStillOpen() {
    taskCompleted(false);
    behind(() -> {
      if (attempts.incrementAndGet() == 1) {
        throw new OptimisticLockingException("execution was updated by another transaction concurrently");
      }
      return "done";
    });

    assertThat((Object) conflicts.execute(new CompleteTaskCmd("task-1", Map.of()))).isEqualTo("done");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void shouldGiveUpAfterTheSecondLossAndAnswerAConflict() {
    taskCompleted(false);
    behind(() -> {
      attempts.incrementAndGet();
      throw new OptimisticLockingException("again");
    });

    assertThatThrownBy(() -> conflicts.execute(new CompleteTaskCmd("task-1", Map.of())))
        .isInstanceOf(TaskCompletionConflicts.TaskAlreadyCompletedException.class)
        .hasMessageContaining("Ärendet ändrades av någon annan i samma stund");
    assertThat(attempts).hasValue(TaskCompletionConflicts.ATTEMPTS);
  }

  @Test
  void shouldNotRunAgainWhenTheTaskWasCompletedByTheOtherCommand() {
    taskCompleted(true);
    when(history.createHistoricTaskInstanceQuery().taskId("task-1").finished().singleResult().getName())
        .thenReturn("Granska anslutning");
    behind(() -> {
      attempts.incrementAndGet();
      throw new OptimisticLockingException("the other completion won");
    });

    assertThatThrownBy(() -> conflicts.execute(new CompleteTaskCmd("task-1", Map.of())))
        .isInstanceOf(TaskCompletionConflicts.TaskAlreadyCompletedException.class)
        .hasMessageContaining("Uppgiften har redan slutförts");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void shouldNotRunAgainInsideACallersTransaction() {
    taskCompleted(false);
    behind(() -> {
      attempts.incrementAndGet();
      throw new OptimisticLockingException("lost");
    });

    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      assertThatThrownBy(() -> conflicts.execute(new CompleteTaskCmd("task-1", Map.of())))
          .isInstanceOf(TaskCompletionConflicts.TaskAlreadyCompletedException.class);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
    assertThat(attempts).hasValue(1);
  }

  private void taskCompleted(boolean completed) {
    when(history.createHistoricTaskInstanceQuery().taskId("task-1").finished().count()).thenReturn(completed ? 1L : 0L);
    if (!completed) {
      when(history.createHistoricTaskInstanceQuery().taskId("task-1").finished().singleResult()).thenReturn(null);
    }
  }

  private void behind(java.util.function.Supplier<Object> engine) {
    conflicts.setNext(new CommandInterceptor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        return (T) engine.get();
      }
    });
  }
}
