package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.StaffGroups;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess;

/**
 * The caseworkers' Swedish task filters in Tasklist (my tasks, unassigned, overdue, accessions, follow-ups), each
 * created once by name with its priority, description and the columns it shows.
 */
@Component
class TasklistFilters {

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    /** Every filter, created if no filter of its name exists yet (an existing one is left as it is). */
    List<Filter> ensureAll() {
        return List.of(
                filter(
                        text("process.access.filter.mine.name"),
                        -10,
                        text("process.access.filter.mine.description"),
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                filter(
                        text("process.access.filter.unassigned.name"),
                        0,
                        text("process.access.filter.unassigned.description"),
                        tasks.createTaskQuery()
                                .processDefinitionKey(AccessionProcess.KEY)
                                .taskCandidateGroup(StaffGroups.CASEWORKERS)
                                .taskUnassigned()),
                filter(
                        text("process.access.filter.overdue.name"),
                        5,
                        text("process.access.filter.overdue.description"),
                        tasks.createTaskQuery()
                                .processDefinitionKey(AccessionProcess.KEY)
                                .dueBeforeExpression("${now()}")),
                filter(
                        text("process.access.filter.accession.name"),
                        10,
                        text("process.access.filter.accession.description"),
                        tasks.createTaskQuery().processDefinitionKey(AccessionProcess.KEY)),
                filter(
                        text("process.access.filter.follow-up.name"),
                        20,
                        text("process.access.filter.follow-up.description"),
                        tasks.createTaskQuery().processDefinitionKey(AnnualFollowUpProcess.KEY)));
    }

    private Filter filter(String name, int priority, String description, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put(
                "variables",
                List.of(
                        Map.of("name", "caseNumber", "label", text("process.access.filter.column.case-number")),
                        Map.of("name", "organisationName", "label", text("process.access.filter.column.organisation")),
                        Map.of(
                                "name",
                                "organisationType",
                                "label",
                                text("process.access.filter.column.organisation-type"))));
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        return filters.saveFilter(filter);
    }
}
