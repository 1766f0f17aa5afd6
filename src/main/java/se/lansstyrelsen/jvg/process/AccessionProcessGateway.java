package se.lansstyrelsen.jvg.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.IllegalTransitionException;

/** The one way web code talks to the engine: start a case, correlate the organisation's messages. */
@Component
public class AccessionProcessGateway {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuntimeService runtime;
    private final org.camunda.bpm.engine.ManagementService management;

    AccessionProcessGateway(RuntimeService runtime, org.camunda.bpm.engine.ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Starts a case with the start form's data and an already allocated case number as business key. */
    public String start(String caseNumber, Map<String, Object> formData) {
        try {
            ProcessInstance instance =
                    runtime.startProcessInstanceByKey(AccessionProcess.KEY, caseNumber, asVariables(formData));
            return instance.getId();
        } catch (ProcessEngineException e) {
            throw domainOr(e);
        }
    }

    /** The organisation has supplied the missing information; the case returns to review. */
    public void completionReceived(String caseNumber, Map<String, Object> updatedFormData) {
        runtime.createMessageCorrelation(AccessionProcess.Messages.COMPLETED)
                .processInstanceBusinessKey(caseNumber)
                .setVariables(asVariables(updatedFormData))
                .correlate();
    }

    /**
     * The organisation withdraws its accession. The case's state machine decides in the same transaction:
     * a registration or decision that won the race leaves the case as it is.
     */
    public Withdrawal withdraw(String caseNumber, String reason) {
        try {
            runtime.createMessageCorrelation(AccessionProcess.Messages.WITHDRAWN)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariable(AccessionProcess.Variables.WITHDRAWAL_REASON, reason)
                    .correlate();
            return Withdrawal.WITHDRAWN;
        } catch (MismatchingMessageCorrelationException e) {
            return Withdrawal.NOT_RUNNING;
        } catch (OptimisticLockingException | ConcurrencyFailureException | IllegalTransitionException e) {
            // ConcurrencyFailureException: an optimistic lock, or on PostgreSQL the deadlock a registration
            // completing at the same moment can cause (CannotAcquireLockException); the loser was rolled back.
            return Withdrawal.CONFLICT;
        } catch (ProcessEngineException e) {
            if (FormErrors.domainCause(e) instanceof IllegalTransitionException) {
                return Withdrawal.CONFLICT;
            }
            throw e;
        }
    }

    /** How a withdrawal ended. */
    public enum Withdrawal {
        WITHDRAWN,
        /** The case's process has ended (decided or closed): nothing to withdraw. */
        NOT_RUNNING,
        /** Another change to the case (a decision, a registration) won at the same moment. */
        CONFLICT
    }

    /** Whether the case's process waits at "Komplettering inkommen" for the organisation's completion. */
    public boolean isAwaitingCompletion(String caseNumber) {
        ProcessInstance instance = runningInstance(caseNumber);
        return instance != null
                && runtime.createEventSubscriptionQuery()
                                .processInstanceId(instance.getId())
                                .eventType("message")
                                .eventName(AccessionProcess.Messages.COMPLETED)
                                .count()
                        > 0;
    }

    /**
     * Every case whose process waits for the organisation's completion (a subscription to
     * {@code AccessionCompleted}; no user task exists then), with when the current wait ends (the timer that
     * sends the next reminder, or gives the caseworker the decision) and the reminders sent so far.
     */
    public java.util.List<AwaitingCompletion> awaitingCompletion() {
        java.util.List<AwaitingCompletion> waiting = new java.util.ArrayList<>();
        for (org.camunda.bpm.engine.runtime.EventSubscription s : runtime.createEventSubscriptionQuery()
                .eventType("message")
                .eventName(AccessionProcess.Messages.COMPLETED)
                .list()) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(s.getProcessInstanceId())
                    .processDefinitionKey(AccessionProcess.KEY)
                    .singleResult();
            if (instance == null || instance.getBusinessKey() == null) {
                continue;
            }
            java.util.Date waitEnds = management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .activityId(AccessionProcess.Elements.COMPLETION_WAIT_EXPIRED)
                    .timers()
                    .list()
                    .stream()
                    .map(org.camunda.bpm.engine.runtime.Job::getDuedate)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            Object reminders = runtime.getVariable(instance.getId(), AccessionProcess.Variables.REMINDER_COUNT);
            waiting.add(new AwaitingCompletion(
                    instance.getBusinessKey(),
                    waitEnds == null ? null : waitEnds.toInstant(),
                    reminders instanceof Number n ? n.intValue() : 0));
        }
        return waiting;
    }

    /** A case waiting for its completion: when the current wait ends, and how many reminders went out. */
    public record AwaitingCompletion(String caseNumber, java.time.Instant waitEnds, int remindersSent) {}

    /** Whether the case's process still runs (so it can be withdrawn). */
    public boolean isRunning(String caseNumber) {
        return runningInstance(caseNumber) != null;
    }

    /** Shows the name of an attached extract of minutes in the case's data (and so in the review form). */
    public void minutesExtractAttached(String caseNumber, String fileName) {
        ProcessInstance instance = runningInstance(caseNumber);
        if (instance != null) {
            runtime.setVariable(instance.getId(), AccessionProcess.Variables.MINUTES_EXTRACT_NAME, fileName);
        }
    }

    /** The domain's own exception when a delegate refused the data, so callers answer in their terms. */
    private static RuntimeException domainOr(ProcessEngineException e) {
        RuntimeException cause = FormErrors.domainCause(e);
        return cause != null ? cause : e;
    }

    private ProcessInstance runningInstance(String caseNumber) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult();
    }

    /** Lists (checklists) become Json values, as Camunda Forms in Tasklist submit them; the rest stays. */
    private static Map<String, Object> asVariables(Map<String, Object> formData) {
        Map<String, Object> variables = new LinkedHashMap<>();
        formData.forEach((key, value) -> variables.put(key, value instanceof Collection<?> list ? json(list) : value));
        return variables;
    }

    private static Object json(Collection<?> list) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(list)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("List not serialisable as JSON", e);
        }
    }
}
