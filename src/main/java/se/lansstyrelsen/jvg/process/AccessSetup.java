package se.lansstyrelsen.jvg.process;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.StaffGroups;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess;
import se.lansstyrelsen.jvg.invitation.InvitationProcess;

/**
 * Groups, authorizations and Tasklist filters, in every profile (idempotent at every start):
 * caseworkers ("Handläggare") start accessions and work their tasks in Tasklist; managers ("Chefer")
 * read instances, incidents and history in Cockpit but cannot complete tasks.
 */
@Component
class AccessSetup {

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    AccessSetup(
            IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    public void setUp() {
        group(StaffGroups.CASEWORKERS, text("process.access.group.caseworkers"));
        group(StaffGroups.MANAGERS, text("process.access.group.managers"));

        String cw = StaffGroups.CASEWORKERS;
        grant(cw, APPLICATION, "tasklist", ACCESS);
        // UPDATE_TASK: claim, complete, reassign, follow-up dates. The engine would let it set any task
        // variable too; TaskInputGuard allows variables only through the task's own form.
        grant(
                cw,
                PROCESS_DEFINITION,
                AccessionProcess.KEY,
                READ,
                CREATE_INSTANCE,
                READ_INSTANCE,
                READ_TASK,
                UPDATE_TASK,
                READ_HISTORY);
        grant(cw, PROCESS_INSTANCE, "*", CREATE, READ);
        // The yearly follow-up: a caseworker may start a year's round (Tasklist) and work its tasks.
        grant(
                cw,
                PROCESS_DEFINITION,
                AnnualFollowUpProcess.ROUND_KEY,
                READ,
                CREATE_INSTANCE,
                READ_INSTANCE,
                READ_HISTORY);
        grant(
                cw,
                PROCESS_DEFINITION,
                AnnualFollowUpProcess.KEY,
                READ,
                CREATE_INSTANCE,
                READ_INSTANCE,
                READ_TASK,
                UPDATE_TASK,
                READ_HISTORY);
        // Invitation rounds: started from Tasklist's start form; the invitations themselves only read.
        grant(cw, PROCESS_DEFINITION, InvitationProcess.ROUND_KEY, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY);
        grant(cw, PROCESS_DEFINITION, InvitationProcess.INVITATION_KEY, READ, READ_INSTANCE, READ_HISTORY);

        String mg = StaffGroups.MANAGERS;
        grant(mg, APPLICATION, "cockpit", ACCESS);
        grant(mg, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
        grant(mg, PROCESS_INSTANCE, "*", READ);
        grant(mg, TASK, "*", READ);
        grant(mg, DEPLOYMENT, "*", READ);

        for (Filter filter : List.of(
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
                                .taskCandidateGroup(cw)
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
                        tasks.createTaskQuery().processDefinitionKey(AnnualFollowUpProcess.KEY)))) {
            grant(cw, FILTER, filter.getId(), READ);
        }
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Grants the permissions, adding any that an earlier version's authorization lacks. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizations
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        if (auth == null) {
            auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        } else if (java.util.Arrays.stream(permissions).allMatch(auth::isPermissionGranted)) {
            return;
        }
        for (Permission p : permissions) {
            auth.addPermission(p);
        }
        authorizations.saveAuthorization(auth);
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
