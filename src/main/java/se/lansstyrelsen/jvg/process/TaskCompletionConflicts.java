package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Two caseworkers complete the same task at the same moment (or one completes a task a colleague has just
 * completed): the engine lets one win, and the other would get a 500 with an optimistic-locking or "task is
 * null" text, or a task listener's error about the vanished execution. This interceptor wraps the whole command, transaction commit included, and turns that loss
 * into a {@link TaskAlreadyCompletedException}: a 409 with a Swedish sentence in the engine REST API, and so
 * in Tasklist. Anything else passes unchanged.
 */
class TaskCompletionConflicts extends CommandInterceptor {

    private final Supplier<HistoryService> history;

    TaskCompletionConflicts(Supplier<HistoryService> history) {
        this.history = history;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
            return next.execute(command);
        }
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            String taskId = EngineCommands.field(command, "taskId");
            TaskAlreadyCompletedException conflict = conflict(taskId, e);
            if (conflict != null) {
                throw conflict;
            }
            throw e;
        }
    }

    private TaskAlreadyCompletedException conflict(String taskId, RuntimeException e) {
        if (taskId == null) {
            return null;
        }
        // Whatever the failure (an optimistic lock, "task is null", a listener that found the execution gone): if
        // the task is completed now, another command completed it, since this command's own work was rolled back.
        HistoricTaskInstance done = history.get()
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .finished()
                .singleResult();
        if (done == null) {
            // Not completed by anyone: a concurrent change elsewhere in the case (or an unknown task id).
            return lostARace(e)
                    ? new TaskAlreadyCompletedException(text("process.conflict.concurrent-change"), e)
                    : null;
        }
        HistoricProcessInstance instance = done.getProcessInstanceId() == null
                ? null
                : history.get()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(done.getProcessInstanceId())
                        .singleResult();
        String caseNumber = instance == null || instance.getBusinessKey() == null
                ? ""
                : text("process.conflict.in-case", instance.getBusinessKey());
        String by = done.getAssignee() == null ? "" : text("process.conflict.by", done.getAssignee());
        return new TaskAlreadyCompletedException(
                text("process.conflict.already-completed", by, caseNumber, done.getName()), e);
    }

    private static boolean lostARace(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockingException
                    || c instanceof ConcurrencyFailureException
                    || c instanceof jakarta.persistence.OptimisticLockException
                    || c instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A task completion that lost against another one. It is the REST layer's own exception type with status
     * 409, so the engine REST API and Tasklist answer "409 Conflict" with this message, never a 500.
     */
    static class TaskAlreadyCompletedException extends InvalidRequestException {
        TaskAlreadyCompletedException(String message, Exception cause) {
            super(Response.Status.CONFLICT, cause, message);
        }
    }
}
