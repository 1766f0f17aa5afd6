package se.lansstyrelsen.jvg.process;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessionService;

/**
 * Finds the case a process instance belongs to from its business key (the case number), which only
 * the server sets. Delegates never take the case from a process variable: a task completion or a
 * variable update could write one (TaskInputGuard refuses that too).
 */
@Component
class CaseLookup {

    private final AccessionService accessions;

    CaseLookup(AccessionService accessions) {
        this.accessions = accessions;
    }

    /** The case's id, from the business key. */
    Long caseId(DelegateExecution execution) {
        return accessions.idOfCase(caseNumber(execution));
    }

    /** A delegate that calls one service method with the case's id. */
    JavaDelegate onCase(Consumer<Long> action) {
        return e -> action.accept(caseId(e));
    }

    static String caseNumber(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(
                    "Process instance " + execution.getProcessInstanceId() + " has no case number");
        }
        return key;
    }
}
