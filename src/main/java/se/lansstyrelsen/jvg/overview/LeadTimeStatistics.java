package se.lansstyrelsen.jvg.overview;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;

/**
 * The overview's lead times, read from the engine's history (historic process, task and activity instances and
 * the assignee log of the accession process). Reads without a user, so the engine's authorizations do not narrow
 * it; who may see the overview is decided by the web security (caseworkers, managers, administrators).
 */
@Component
class LeadTimeStatistics {

    /** A task's deletion reason when it was completed (not cancelled by a withdrawal or a boundary event). */
    private static final String COMPLETED = "completed";
    /** Operation type of a historic identity link that was added. */
    private static final String ADDED = "add";

    private final HistoryService history;

    LeadTimeStatistics(ProcessEngine engine) {
        this.history = engine.getHistoryService();
    }

    /**
     * Lead times of the steps that ended in [from, to): the total from submission to the completed registration
     * (only registered cases; open cases do not count), waiting for review (review task created → first assigned),
     * review (assigned → completed), waiting for completion (follow-up started → completion arrived) and
     * registration (registration task created → completed).
     */
    LeadTimes leadTimes(Instant from, Instant to) {
        List<HistoricTaskInstance> registrations = completedTasks(Elements.REGISTER, from, to);
        Map<String, Date> startOfCase = processStarts(registrations.stream()
                .map(HistoricTaskInstance::getProcessInstanceId)
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

        List<Duration> waitingForCompletion = history
                .createHistoricActivityInstanceQuery()
                .activityId(Elements.FOLLOW_UP)
                .finished()
                .finishedAfter(justBefore(from))
                .finishedBefore(Date.from(to))
                .list()
                .stream()
                .filter(a -> !a.isCanceled() && within(a.getEndTime(), from, to))
                .map(a -> between(a.getStartTime(), a.getEndTime()))
                .toList();

        List<Duration> registration = registrations.stream()
                .map(t -> between(t.getStartTime(), t.getEndTime()))
                .toList();

        return new LeadTimes(
                LeadTimes.Figure.of(
                        "total", text("overview.lead-time.total"), text("overview.lead-time.total.description"), total),
                List.of(
                        LeadTimes.Figure.of(
                                "waitingForReview",
                                text("overview.lead-time.waiting-for-review"),
                                text("overview.lead-time.waiting-for-review.description"),
                                waitingForReview),
                        LeadTimes.Figure.of(
                                "inReview",
                                text("overview.lead-time.in-review"),
                                text("overview.lead-time.in-review.description"),
                                inReview),
                        LeadTimes.Figure.of(
                                "waitingForCompletion",
                                text("overview.lead-time.waiting-for-completion"),
                                text("overview.lead-time.waiting-for-completion.description"),
                                waitingForCompletion),
                        LeadTimes.Figure.of(
                                "registration",
                                text("overview.lead-time.registration"),
                                text("overview.lead-time.registration.description"),
                                registration)));
    }

    private List<HistoricTaskInstance> completedTasks(String taskKey, Instant from, Instant to) {
        return history
                .createHistoricTaskInstanceQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .taskDefinitionKey(taskKey)
                .finished()
                .finishedAfter(justBefore(from))
                .finishedBefore(Date.from(to))
                .list()
                .stream()
                .filter(t -> COMPLETED.equals(t.getDeleteReason()) && within(t.getEndTime(), from, to))
                .toList();
    }

    /** When each task was first assigned (claimed, or assigned at creation when the case stays with its caseworker). */
    private Map<String, Date> firstAssignments(List<HistoricTaskInstance> taskList) {
        if (taskList.isEmpty()) {
            return Map.of();
        }
        Set<String> ids = taskList.stream().map(HistoricTaskInstance::getId).collect(Collectors.toSet());
        Date earliest = taskList.stream()
                .map(HistoricTaskInstance::getStartTime)
                .min(Date::compareTo)
                .orElseThrow();
        Date latest = taskList.stream()
                .map(HistoricTaskInstance::getEndTime)
                .max(Date::compareTo)
                .orElseThrow();
        Map<String, Date> first = new HashMap<>();
        for (HistoricIdentityLinkLog log : history.createHistoricIdentityLinkLogQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .type(IdentityLinkType.ASSIGNEE)
                .operationType(ADDED)
                .dateAfter(new Date(earliest.getTime() - 1))
                .dateBefore(new Date(latest.getTime() + 1))
                .list()) {
            if (ids.contains(log.getTaskId())) {
                first.merge(log.getTaskId(), log.getTime(), (a, b) -> a.before(b) ? a : b);
            }
        }
        return first;
    }

    private Map<String, Date> processStarts(Set<String> processInstanceIds) {
        Map<String, Date> starts = new HashMap<>();
        for (List<String> chunk : IdChunks.of(processInstanceIds)) {
            history.createHistoricProcessInstanceQuery()
                    .processInstanceIds(Set.copyOf(chunk))
                    .list()
                    .forEach(p -> starts.put(p.getId(), p.getStartTime()));
        }
        return starts;
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
}
