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

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.StaffGroups;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess;
import se.lansstyrelsen.jvg.invitation.InvitationProcess;

/**
 * Groups, authorizations and the caseworkers' access to the Tasklist filters ({@link TasklistFilters}), in every
 * profile (idempotent at every start):
 * caseworkers ("Handläggare") start accessions and work their tasks in Tasklist; managers ("Chefer")
 * read instances, incidents and history in Cockpit but cannot complete tasks.
 */
@Component
class AccessSetup {

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final TasklistFilters tasklistFilters;

    AccessSetup(IdentityService identity, AuthorizationService authorizations, TasklistFilters tasklistFilters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.tasklistFilters = tasklistFilters;
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

        for (Filter filter : tasklistFilters.ensureAll()) {
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
}
