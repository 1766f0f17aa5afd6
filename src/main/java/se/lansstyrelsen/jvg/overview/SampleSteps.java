package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;

/**
 * The steps of a demo sample case through the real accession process, each at its own time on the engine's clock:
 * the start form, a caseworker's claim and task form, the organisation's completion, a withdrawal, and the due
 * jobs after each step as the job executor would run them. {@link SampleData} chooses what happens when.
 */
class SampleSteps {

    private static final Logger LOG = LoggerFactory.getLogger(SampleSteps.class);

    private final ProcessEngine engine;
    private final AccessionService accessions;
    private final AccessionProcessGateway gateway;

    SampleSteps(ProcessEngine engine, AccessionService accessions, AccessionProcessGateway gateway) {
        this.engine = engine;
        this.accessions = accessions;
        this.gateway = gateway;
    }

    /** The organisation submits the start form; returns the process instance id. */
    String submit(Map<String, Object> form, Instant when) {
        at(when);
        engine.getIdentityService().clearAuthentication();
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, Object> variables = new HashMap<>(form);
        for (String key : List.copyOf(form.keySet())) {
            if (key.startsWith("goals") && form.get(key) instanceof List<?> goals) {
                variables.put(key, SpinValues.jsonValue(json(goals)).create());
            }
        }
        String pid =
                engine.getFormService().submitStartForm(definitionId, variables).getId();
        runJobs(pid);
        return pid;
    }

    /** The organisation's completion arrives through its link. */
    void completion(String pid, Map<String, Object> form, Instant when) {
        at(when);
        engine.getIdentityService().clearAuthentication();
        String caseNumber = caseNumber(pid);
        accessions.applyCompletion(accessions.idOfCase(caseNumber), form);
        gateway.completionReceived(caseNumber, form);
        runJobs(pid);
    }

    /** The organisation withdraws its open case. */
    void withdraw(String pid, String reason, Instant when) {
        at(when);
        gateway.withdraw(caseNumber(pid), reason);
        runJobs(pid);
    }

    /** The caseworker takes the task from the pool, unless it is assigned already. */
    void claim(String pid, String taskKey, String user, Instant when) {
        Task task = task(pid, taskKey);
        if (task.getAssignee() == null) {
            at(when);
            asCaseworker(user);
            engine.getTaskService().claim(task.getId(), user);
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Completes the task as its assignee (claiming it first as the given caseworker when it is in the pool). */
    void complete(String pid, String taskKey, String user, Instant when, Map<String, Object> form) {
        Task task = task(pid, taskKey);
        at(when);
        String assignee = task.getAssignee();
        if (assignee == null) {
            assignee = user;
            asCaseworker(assignee);
            engine.getTaskService().claim(task.getId(), assignee);
        }
        asCaseworker(assignee);
        engine.getFormService().submitTaskForm(task.getId(), form);
        engine.getIdentityService().clearAuthentication();
        runJobs(pid);
    }

    /** Puts the engine's clock back to now and forgets the user (after the last step, or when a step failed). */
    void reset() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    private Task task(String pid, String taskKey) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pid)
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("Sample data: no task " + taskKey + " in " + pid);
        }
        return task;
    }

    /** Runs the instance's due asynchronous continuations (e-mails), as the job executor would. */
    void runJobs(String pid) {
        engine.getIdentityService().clearAuthentication();
        for (int round = 0; round < 5; round++) {
            List<Job> jobs = engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(pid)
                    .messages()
                    .withRetriesLeft()
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    engine.getManagementService().executeJob(job.getId());
                } catch (RuntimeException e) {
                    // An e-mail that cannot go out stays as a job with retries (or an incident), as in real life.
                    LOG.warn(text("overview.sample.job-failed", job.getId(), e.getMessage()));
                    return;
                }
            }
        }
    }

    private void asCaseworker(String user) {
        engine.getIdentityService().setAuthentication(user, List.of(AccessionProcess.CASEWORKER_GROUP));
    }

    private String caseNumber(String pid) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult()
                .getBusinessKey();
    }

    private static void at(Instant when) {
        ClockUtil.setCurrentTime(Date.from(when));
    }

    private static String json(List<?> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
