package se.lansstyrelsen.jvg.process;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.FormFields;

/**
 * The contact person's data that the engine holds for a case: the start form's variables (runtime and
 * history, with their historic updates) and the historic form fields Camunda records for each submitted
 * form value. Camunda has no API to delete single historic form fields, so those rows are deleted with SQL
 * (table ACT_HI_DETAIL, type FormProperty); everything else goes through the engine's services.
 */
@Component
public class ProcessPersonalData {

  public static final List<String> CONTACT_VARIABLES = List.of(FormFields.CONTACT_NAME, FormFields.CONTACT_TITLE,
      FormFields.CONTACT_EMAIL, FormFields.CONTACT_PHONE);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final JdbcTemplate jdbc;

  ProcessPersonalData(RuntimeService runtime, HistoryService history, JdbcTemplate jdbc) {
    this.runtime = runtime;
    this.history = history;
    this.jdbc = jdbc;
  }

  public boolean isRunning(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
  }

  /** Removes the contact variables from the instance and its history; returns how many entries went. */
  public int eraseContactVariables(String processInstanceId) {
    int erased = 0;
    if (isRunning(processInstanceId)) {
      runtime.removeVariables(processInstanceId, CONTACT_VARIABLES);
    }
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableNameIn(CONTACT_VARIABLES.toArray(String[]::new)).list();
    for (HistoricVariableInstance variable : variables) {
      history.deleteHistoricVariableInstance(variable.getId()); // with its historic updates
      erased++;
    }
    erased += jdbc.update("delete from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TYPE_ = 'FormProperty'"
        + " and NAME_ in (?, ?, ?, ?)", processInstanceId, CONTACT_VARIABLES.get(0), CONTACT_VARIABLES.get(1),
        CONTACT_VARIABLES.get(2), CONTACT_VARIABLES.get(3));
    return erased;
  }
}
