package se.lansstyrelsen.jvg.overview;

import java.time.Instant;
import java.util.List;

/** Open work of the accession process: tasks per caseworker and per task, overdue tasks, open incidents. */
public record WorkInProgress(
        long openTasks,
        List<Count> byCaseworker,
        List<Count> byTask,
        long overdueTasks,
        List<OverdueTask> overdue,
        long openIncidents,
        List<OpenIncident> incidents,
        String tasklistUrl) {

    /** A count under a key (user id or task definition key; null for unassigned tasks) with its label. */
    public record Count(String key, String label, long count) {}

    /** A task whose due date has passed. */
    public record OverdueTask(
            String taskId, String caseNumber, String name, String assignee, Instant due, long daysOverdue) {}

    /** An open incident with its link into Cockpit. */
    public record OpenIncident(
            String id,
            String processInstanceId,
            String caseNumber,
            String activity,
            String type,
            String message,
            Instant since,
            String cockpitUrl) {}
}
