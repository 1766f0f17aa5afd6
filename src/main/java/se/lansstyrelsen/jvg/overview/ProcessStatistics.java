package se.lansstyrelsen.jvg.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;

/**
 * What the overview reads from the engine: lead times from the history (historic process, task and activity
 * instances and the assignee log of the accession process) and the work in progress (open tasks, overdue tasks,
 * open incidents). Reads without a user, so the engine's authorizations do not narrow it; who may see the overview
 * is decided by the web security (caseworkers, managers, administrators).
 */
@Component
class ProcessStatistics {

  /** A task's deletion reason when it was completed (not cancelled by a withdrawal or a boundary event). */
  private static final String COMPLETED = "completed";
  /** Operation type of a historic identity link that was added. */
  private static final String ADDED = "add";
  private static final int CHUNK = 500;
  private static final int LISTED = 50;

  private final ProcessEngine engine;
  private final HistoryService history;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;

  ProcessStatistics(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.history = engine.getHistoryService();
    this.tasks = engine.getTaskService();
    this.runtime = engine.getRuntimeService();
    this.repository = engine.getRepositoryService();
    this.identity = engine.getIdentityService();
  }

  String engineName() {
    return engine.getName();
  }

  /**
   * Lead times of the steps that ended in [from, to): the total from submission to the completed registration
   * (only registered cases; open cases do not count), waiting for review (review task created → first assigned),
   * review (assigned → completed), waiting for completion (follow-up started → completion arrived) and
   * registration (registration task created → completed).
   */
  LeadTimes leadTimes(Instant from, Instant to) {
    List<HistoricTaskInstance> registrations = completedTasks(Elements.REGISTER, from, to);
    Map<String, Date> startOfCase = processStarts(registrations.stream().map(HistoricTaskInstance::getProcessInstanceId)
        .collect(Collectors.toSet()));
    List<Duration> total = new ArrayList<>();
    for (HistoricTaskInstance t : registrations) {
      Date start = startOfCase.get(t.getProcessInstanceId());
      if (start != null) {
        total.add(between(start, t.getEndTime()));
      }
    }

    List<HistoricTaskInstance> reviews = completedTasks(Elements.REVIEW, from, to);
    Map<String, Date> assigned = firstAssignments(reviews);
    List<Duration> waitingForReview = new ArrayList<>();
    List<Duration> inReview = new ArrayList<>();
    for (HistoricTaskInstance t : reviews) {
      Date claimed = assigned.getOrDefault(t.getId(), t.getEndTime());
      if (claimed.before(t.getStartTime())) {
        claimed = t.getStartTime();
      }
      if (claimed.after(t.getEndTime())) {
        claimed = t.getEndTime();
      }
      waitingForReview.add(between(t.getStartTime(), claimed));
      inReview.add(between(claimed, t.getEndTime()));
    }

    List<Duration> waitingForCompletion = history.createHistoricActivityInstanceQuery()
        .activityId(Elements.FOLLOW_UP).finished().finishedAfter(justBefore(from)).finishedBefore(Date.from(to))
        .list().stream()
        .filter(a -> !a.isCanceled() && within(a.getEndTime(), from, to))
        .map(a -> between(a.getStartTime(), a.getEndTime())).toList();

    List<Duration> registration = registrations.stream().map(t -> between(t.getStartTime(), t.getEndTime())).toList();

    return new LeadTimes(
        LeadTimes.Figure.of("total", "Från inskickad till registrerad",
            "Ärenden vars formella registrering slutfördes under perioden; öppna ärenden räknas inte.", total),
        List.of(
            LeadTimes.Figure.of("waitingForReview", "Väntar på granskning",
                "Från att uppgiften Granska anslutning skapades tills en handläggare tog den.", waitingForReview),
            LeadTimes.Figure.of("inReview", "Under granskning",
                "Från att handläggaren tog uppgiften tills granskningen var klar.", inReview),
            LeadTimes.Figure.of("waitingForCompletion", "Väntar på komplettering",
                "Från beslutet att begära komplettering tills kompletteringen kom in.", waitingForCompletion),
            LeadTimes.Figure.of("registration", "Formell registrering",
                "Från att uppgiften Formell registrering skapades tills den slutfördes.", registration)));
  }

  /**
   * Open tasks per caseworker and per task, overdue tasks and open incidents, at the given time: counted by the
   * database (group by on the engine's task table), only the first {@link #LISTED} overdue tasks
   * and incidents are read.
   */
  WorkInProgress workInProgress(Instant now) {
    long openTasks = tasks.createTaskQuery().processDefinitionKey(AccessionProcess.KEY).count();
    Map<String, Long> perAssignee = countOpenTasksBy("ASSIGNEE_", new TreeMap<>());
    Map<String, String> taskLabels = taskLabels();
    Map<String, Long> perTask = new LinkedHashMap<>();
    taskLabels.keySet().forEach(k -> perTask.put(k, 0L));
    countOpenTasksBy("TASK_DEF_KEY_", perTask);

    Date nowDate = Date.from(now);
    long overdueCount = tasks.createTaskQuery().processDefinitionKey(AccessionProcess.KEY).dueBefore(nowDate).count();
    List<Task> overdue = tasks.createTaskQuery().processDefinitionKey(AccessionProcess.KEY).dueBefore(nowDate)
        .orderByDueDate().asc().listPage(0, LISTED);
    Set<String> assignees = new java.util.HashSet<>(perAssignee.keySet());
    assignees.remove("");
    overdue.stream().map(Task::getAssignee).filter(a -> a != null).forEach(assignees::add);
    Map<String, String> names = userNames(assignees);

    List<WorkInProgress.Count> byCaseworker = perAssignee.entrySet().stream()
        .map(e -> new WorkInProgress.Count(e.getKey().isEmpty() ? null : e.getKey(),
            e.getKey().isEmpty() ? "Ej tilldelade" : names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .sorted(Comparator.comparing((WorkInProgress.Count c) -> c.key() == null).thenComparing(WorkInProgress.Count::label))
        .toList();

    List<WorkInProgress.Count> byTask = perTask.entrySet().stream()
        .map(e -> new WorkInProgress.Count(e.getKey(), taskLabels.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .toList();

    Map<String, String> caseNumbers = businessKeys(overdue.stream().map(Task::getProcessInstanceId).toList());
    List<WorkInProgress.OverdueTask> overdueTasks = overdue.stream()
        .map(t -> new WorkInProgress.OverdueTask(t.getId(), caseNumbers.get(t.getProcessInstanceId()), t.getName(),
            t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()),
            t.getDueDate().toInstant(), Duration.between(t.getDueDate().toInstant(), now).toDays()))
        .toList();

    long incidentCount = runtime.createIncidentQuery().count();
    List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, LISTED);
    Map<String, String> incidentCases = businessKeys(incidents.stream().map(Incident::getProcessInstanceId)
        .filter(p -> p != null).toList());
    Map<String, String> activityLabels = activityLabels();
    List<WorkInProgress.OpenIncident> openIncidents = incidents.stream()
        .map(i -> new WorkInProgress.OpenIncident(i.getId(), i.getProcessInstanceId(),
            incidentCases.get(i.getProcessInstanceId()),
            activityLabels.getOrDefault(i.getActivityId(), i.getActivityId()), i.getIncidentType(),
            i.getIncidentMessage(), i.getIncidentTimestamp().toInstant(),
            i.getProcessInstanceId() == null ? null
                : "/camunda/app/cockpit/" + engine.getName() + "/#/process-instance/" + i.getProcessInstanceId()))
        .toList();

    return new WorkInProgress(openTasks, byCaseworker, byTask, overdueCount, overdueTasks, incidentCount,
        openIncidents, "/camunda/app/tasklist/" + engine.getName() + "/");
  }

  /** Open tasks of the accession process counted by a column of the engine's task table ("" for null). */
  private Map<String, Long> countOpenTasksBy(String column, Map<String, Long> counts) {
    jdbc.query("select t." + column + ", count(*) from " + table(TaskEntity.class) + " t join "
        + table(ProcessDefinitionEntity.class) + " d on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = ? group by t." + column,
        rs -> {
          counts.merge(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2), Long::sum);
        }, AccessionProcess.KEY);
    return counts;
  }

  /** The engine's table of an entity, with the configured prefix. */
  private String table(Class<?> entity) {
    return engine.getManagementService().getTableName(entity);
  }

  private List<HistoricTaskInstance> completedTasks(String taskKey, Instant from, Instant to) {
    return history.createHistoricTaskInstanceQuery().processDefinitionKey(AccessionProcess.KEY)
        .taskDefinitionKey(taskKey).finished().finishedAfter(justBefore(from)).finishedBefore(Date.from(to))
        .list().stream()
        .filter(t -> COMPLETED.equals(t.getDeleteReason()) && within(t.getEndTime(), from, to))
        .toList();
  }

  /** When each task was first assigned (claimed, or assigned at creation when the case stays with its caseworker). */
  private Map<String, Date> firstAssignments(List<HistoricTaskInstance> taskList) {
    if (taskList.isEmpty()) {
      return Map.of();
    }
    Set<String> ids = taskList.stream().map(HistoricTaskInstance::getId).collect(Collectors.toSet());
    Date earliest = taskList.stream().map(HistoricTaskInstance::getStartTime).min(Date::compareTo).orElseThrow();
    Date latest = taskList.stream().map(HistoricTaskInstance::getEndTime).max(Date::compareTo).orElseThrow();
    Map<String, Date> first = new HashMap<>();
    for (HistoricIdentityLinkLog log : history.createHistoricIdentityLinkLogQuery()
        .processDefinitionKey(AccessionProcess.KEY).type(IdentityLinkType.ASSIGNEE).operationType(ADDED)
        .dateAfter(new Date(earliest.getTime() - 1)).dateBefore(new Date(latest.getTime() + 1)).list()) {
      if (ids.contains(log.getTaskId())) {
        first.merge(log.getTaskId(), log.getTime(), (a, b) -> a.before(b) ? a : b);
      }
    }
    return first;
  }

  private Map<String, Date> processStarts(Set<String> processInstanceIds) {
    Map<String, Date> starts = new HashMap<>();
    for (List<String> chunk : chunks(processInstanceIds)) {
      history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(chunk)).list()
          .forEach(p -> starts.put(p.getId(), p.getStartTime()));
    }
    return starts;
  }

  private Map<String, String> businessKeys(Collection<String> processInstanceIds) {
    Map<String, String> keys = new HashMap<>();
    for (List<String> chunk : chunks(processInstanceIds.stream().distinct().toList())) {
      runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(chunk)).list()
          .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
    }
    return keys;
  }

  private Map<String, String> userNames(Set<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, u -> (nonNull(u.getFirstName()) + " " + nonNull(u.getLastName())).strip()
            + " (" + u.getId() + ")"));
  }

  /** The user tasks of the latest accession process with their names in the diagram, in the diagram's order. */
  private Map<String, String> taskLabels() {
    return elementNames(org.camunda.bpm.model.bpmn.instance.UserTask.class);
  }

  private Map<String, String> activityLabels() {
    return elementNames(org.camunda.bpm.model.bpmn.instance.FlowNode.class);
  }

  private Map<String, String> elementNames(Class<? extends FlowElement> type) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(AccessionProcess.KEY)
        .latestVersion().singleResult();
    if (latest == null) {
      return Map.of();
    }
    Map<String, String> names = new LinkedHashMap<>();
    repository.getBpmnModelInstance(latest.getId()).getModelElementsByType(type)
        .forEach(e -> names.put(e.getId(), e.getName() == null ? e.getId() : e.getName()));
    return names;
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> all = new ArrayList<>(ids);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static Date justBefore(Instant from) {
    return Date.from(from.minusMillis(1));
  }

  private static boolean within(Date when, Instant from, Instant to) {
    Instant i = when.toInstant();
    return !i.isBefore(from) && i.isBefore(to);
  }

  private static Duration between(Date start, Date end) {
    return Duration.between(start.toInstant(), end.toInstant());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
