package se.lansstyrelsen.jvg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;

/**
 * Drives accessions through the engine's API as Tasklist would, and runs jobs explicitly as the job executor
 * would (the test profile turns the executor off): the one place tests run jobs.
 */
public final class AccessionDriver {

    /** Rounds of jobs a helper runs before it gives up: no path of ours needs more than a few. */
    public static final int MAX_ROUNDS = 50;

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
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .latestVersion()
                .singleResult()
                .getId();
        return engine.getFormService().submitStartForm(definitionId, startForm).getId();
    }

    /**
     * Runs the instance's job at the given activity, which must be the only one there (others may wait
     * elsewhere, e.g. the caseworker's notice beside the review after a completion).
     */
    public void runJob(String pid, String activityId) {
        List<Job> jobs = management()
                .createJobQuery()
                .processInstanceId(pid)
                .activityId(activityId)
                .list();
        assertThat(jobs).as("jobs at " + activityId).hasSize(1);
        management().executeJob(jobs.get(0).getId());
    }

    /**
     * Runs every due job of every instance (async continuations, due timers; none whose retries are spent), round
     * after round until none is due, as the job executor would, without a user.
     */
    public void runDueJobs() {
        runRounds("due jobs", () -> management().createJobQuery().executable().list(), false);
    }

    /**
     * Runs the instance's async continuations (message jobs with retries left; timers wait for the test), round
     * after round until none is left, as the job executor would, without a user.
     */
    public void runJobs(String processInstanceId) {
        runRounds(
                "jobs of " + processInstanceId,
                () -> management()
                        .createJobQuery()
                        .processInstanceId(processInstanceId)
                        .messages()
                        .withRetriesLeft()
                        .list(),
                false);
    }

    /**
     * Runs every instance's async continuations (message jobs with retries left) until none has retries left, where
     * a failing job (e.g. the mail server is down) only counts its retries down and ends as an incident when they are
     * spent. The retry cycle's wait is not waited for.
     */
    public void runJobsUntilRetriesSpent() {
        runRounds(
                "jobs with retries left",
                () -> management().createJobQuery().messages().withRetriesLeft().list(),
                true);
    }

    /**
     * Runs every job of the instance, timers too without waiting for their due dates, round after round until the
     * instance waits at the given BPMN element (e.g. a user task after its reminders and deadline).
     */
    public void runJobsUntilAt(String processInstanceId, String elementId) {
        engine.getIdentityService().clearAuthentication();
        for (int round = 0; round < MAX_ROUNDS && !isAt(processInstanceId, elementId); round++) {
            management()
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .list()
                    .forEach(job -> management().executeJob(job.getId()));
        }
        assertThat(isAt(processInstanceId, elementId))
                .as(processInstanceId + " waits at " + elementId)
                .isTrue();
    }

    private boolean isAt(String processInstanceId, String elementId) {
        return engine.getRuntimeService()
                        .createExecutionQuery()
                        .processInstanceId(processInstanceId)
                        .activityId(elementId)
                        .count()
                > 0;
    }

    private void runRounds(String what, Supplier<List<Job>> query, boolean failuresCountDownRetries) {
        engine.getIdentityService().clearAuthentication();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> jobs = query.get();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    management().executeJob(job.getId());
                } catch (RuntimeException failed) {
                    if (!failuresCountDownRetries) {
                        throw failed;
                    }
                    // the engine has counted the job's retries down; it runs again in the next round while some are
                    // left
                }
            }
        }
        throw new IllegalStateException(what + " keep coming after " + MAX_ROUNDS + " rounds");
    }

    private ManagementService management() {
        return engine.getManagementService();
    }

    /** Submits the form of the instance's only task, which must be the given one. */
    public void completeTask(String pid, String taskKey, Map<String, Object> variables) {
        Task task =
                engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
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

    /** The id of the open task at the given element of the case with that case number. */
    public String taskId(String caseNumber, String taskKey) {
        TaskQuery openTasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber);
        return openTasks.taskDefinitionKey(taskKey).singleResult().getId();
    }

    public String caseNumber(String pid) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult()
                .getBusinessKey();
    }
}
