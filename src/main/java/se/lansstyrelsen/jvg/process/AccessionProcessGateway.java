package se.lansstyrelsen.jvg.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The one way web code talks to the engine: start a case, correlate the organisation's messages. */
@Component
public class AccessionProcessGateway {

  private final RuntimeService runtime;

  AccessionProcessGateway(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Starts a case with the start form's data and an already allocated case number as business key. */
  public String start(String caseNumber, Map<String, Object> formData) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(AccessionProcess.KEY, caseNumber, formData);
    return instance.getId();
  }

  /** The organisation has supplied the missing information; the case returns to review. */
  public void completionReceived(String caseNumber, Map<String, Object> updatedFormData) {
    runtime.createMessageCorrelation(AccessionProcess.Messages.COMPLETED)
        .processInstanceBusinessKey(caseNumber)
        .setVariables(updatedFormData)
        .correlate();
  }

  /** The organisation withdraws its accession. */
  public void withdraw(String caseNumber, String reason) {
    runtime.createMessageCorrelation(AccessionProcess.Messages.WITHDRAWN)
        .processInstanceBusinessKey(caseNumber)
        .setVariable(AccessionProcess.Variables.WITHDRAWAL_REASON, reason)
        .correlate();
  }
}
