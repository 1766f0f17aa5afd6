package se.lansstyrelsen.jvg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;

/** Drives accessions through the engine's API as Tasklist would, running jobs explicitly. */
public final class AccessionDriver {

  private final ProcessEngine engine;

  public AccessionDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Submits the start form for test accession n; returns the process instance id. */
  public String submit(int n) {
    return submit(TestAccessions.startVariables(n));
  }

  /** Submits the given start form; returns the process instance id. */
  public String submit(Map<String, Object> startForm) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AccessionProcess.KEY).latestVersion().singleResult().getId();
    return engine.getFormService().submitStartForm(definitionId, startForm).getId();
  }

  /**
   * Runs the instance's job at the given activity, which must be the only one there (others may wait
   * elsewhere, e.g. the caseworker's notice beside the review after a completion).
   */
  public void runJob(String pid, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pid).activityId(activityId).list();
    assertThat(jobs).as("jobs at " + activityId).hasSize(1);
    engine.getManagementService().executeJob(jobs.get(0).getId());
  }

  /** Submits the form of the instance's only task, which must be the given one. */
  public void completeTask(String pid, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    assertThat(task).as("open task of " + pid).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    engine.getFormService().submitTaskForm(task.getId(), variables);
  }

  /** Submission, receipt, approval, registration, confirmation: the instance ends as "Ansluten". */
  public String driveToRegistered(int n) {
    return driveToRegistered(TestAccessions.startVariables(n));
  }

  /** As {@link #driveToRegistered(int)} with the given start form. */
  public String driveToRegistered(Map<String, Object> startForm) {
    String pid = submit(startForm);
    runJob(pid, Elements.SEND_RECEIPT);
    completeTask(pid, Elements.REVIEW, TestAccessions.approval());
    completeTask(pid, Elements.REGISTER, TestAccessions.registration());
    runJob(pid, Elements.SEND_CONFIRMATION);
    return pid;
  }

  public String caseNumber(String pid) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult()
        .getBusinessKey();
  }
}
