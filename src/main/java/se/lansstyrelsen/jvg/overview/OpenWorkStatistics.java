package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.process.AccessionProcess;

/**
 * The accession process's open work, read from the engine's runtime: open tasks, overdue tasks and open
 * incidents. Reads without a user, so the engine's authorizations do not narrow it; who may see the overview is
 * decided by the web security (caseworkers, managers, administrators).
 */
@Component
class OpenWorkStatistics {

    private static final int LISTED = 50;

    private final ProcessEngine engine;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final EngineNames names;
    private final JdbcTemplate jdbc;

    OpenWorkStatistics(ProcessEngine engine, EngineNames names, JdbcTemplate jdbc) {
        this.engine = engine;
        this.names = names;
        this.jdbc = jdbc;
        this.tasks = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
    }

    /**
     * Open tasks per caseworker and per task, overdue tasks and open incidents, at the given time: counted by the
     * database (group by on the engine's task table), only the first {@link #LISTED} overdue tasks
     * and incidents are read.
     */
    WorkInProgress workInProgress(Instant now) {
        long openTasks = tasks.createTaskQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .count();
        Map<String, Long> perAssignee = countOpenTasksBy("ASSIGNEE_", new TreeMap<>());
        Map<String, String> taskLabels = names.elementNames(UserTask.class);
        Map<String, Long> perTask = new LinkedHashMap<>();
        taskLabels.keySet().forEach(k -> perTask.put(k, 0L));
        countOpenTasksBy("TASK_DEF_KEY_", perTask);

        Date nowDate = Date.from(now);
        long overdueCount = tasks.createTaskQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .dueBefore(nowDate)
                .count();
        List<Task> overdue = tasks.createTaskQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .dueBefore(nowDate)
                .orderByDueDate()
                .asc()
                .listPage(0, LISTED);
        Set<String> assignees = new HashSet<>(perAssignee.keySet());
        assignees.remove("");
        overdue.stream().map(Task::getAssignee).filter(a -> a != null).forEach(assignees::add);
        Map<String, String> userNames = names.userNames(assignees);

        List<WorkInProgress.Count> byCaseworker = perAssignee.entrySet().stream()
                .map(e -> new WorkInProgress.Count(
                        e.getKey().isEmpty() ? null : e.getKey(),
                        e.getKey().isEmpty()
                                ? text("overview.work.unassigned")
                                : userNames.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue()))
                .sorted(Comparator.comparing((WorkInProgress.Count c) -> c.key() == null)
                        .thenComparing(WorkInProgress.Count::label))
                .toList();

        List<WorkInProgress.Count> byTask = perTask.entrySet().stream()
                .map(e -> new WorkInProgress.Count(
                        e.getKey(), taskLabels.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();

        Map<String, String> caseNumbers = names.businessKeys(
                overdue.stream().map(Task::getProcessInstanceId).toList());
        List<WorkInProgress.OverdueTask> overdueTasks = overdue.stream()
                .map(t -> new WorkInProgress.OverdueTask(
                        t.getId(),
                        caseNumbers.get(t.getProcessInstanceId()),
                        t.getName(),
                        t.getAssignee() == null ? null : userNames.getOrDefault(t.getAssignee(), t.getAssignee()),
                        t.getDueDate().toInstant(),
                        Duration.between(t.getDueDate().toInstant(), now).toDays()))
                .toList();

        long incidentCount = runtime.createIncidentQuery().count();
        List<Incident> incidents =
                runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, LISTED);
        Map<String, String> incidentCases = names.businessKeys(incidents.stream()
                .map(Incident::getProcessInstanceId)
                .filter(p -> p != null)
                .toList());
        Map<String, String> activityLabels = names.elementNames(FlowNode.class);
        List<WorkInProgress.OpenIncident> openIncidents = incidents.stream()
                .map(i -> new WorkInProgress.OpenIncident(
                        i.getId(),
                        i.getProcessInstanceId(),
                        incidentCases.get(i.getProcessInstanceId()),
                        activityLabels.getOrDefault(i.getActivityId(), i.getActivityId()),
                        i.getIncidentType(),
                        i.getIncidentMessage(),
                        i.getIncidentTimestamp().toInstant(),
                        i.getProcessInstanceId() == null
                                ? null
                                : "/camunda/app/cockpit/" + engine.getName() + "/#/process-instance/"
                                        + i.getProcessInstanceId()))
                .toList();

        return new WorkInProgress(
                openTasks,
                byCaseworker,
                byTask,
                overdueCount,
                overdueTasks,
                incidentCount,
                openIncidents,
                "/camunda/app/tasklist/" + engine.getName() + "/");
    }

    /** Open tasks of the accession process counted by a column of the engine's task table ("" for null). */
    private Map<String, Long> countOpenTasksBy(String column, Map<String, Long> counts) {
        jdbc.query(
                "select t." + column + ", count(*) from " + table(TaskEntity.class) + " t join "
                        + table(ProcessDefinitionEntity.class)
                        + " d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = ? group by t." + column,
                rs -> {
                    counts.merge(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2), Long::sum);
                },
                AccessionProcess.KEY);
        return counts;
    }

    /** The engine's table of an entity, with the configured prefix. */
    private String table(Class<?> entity) {
        return engine.getManagementService().getTableName(entity);
    }
}
