package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;
import static se.lansstyrelsen.jvg.process.EngineCommands.definitionKeyOf;
import static se.lansstyrelsen.jvg.process.EngineCommands.field;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * The one place where the engine refuses what a person may not do to a case, whichever way the call
 * comes (Tasklist, Cockpit, engine REST, Java API with a user set):
 * <ul>
 *   <li>a task completion may carry only its own form's fields; a read-only field only with the value
 *       it has (Tasklist sends those back unchanged); anything else is refused with a Swedish 400;</li>
 *   <li>a task assigned to a colleague cannot be completed (reassign it first; Camunda records that);</li>
 *   <li>with four-eyes on, the caseworker who approved a case cannot also register it;</li>
 *   <li>a start goes through the start form, may carry only its fields and no business key (the server
 *       numbers cases);</li>
 *   <li>caseworkers and managers set or remove no variable directly (their UPDATE_TASK right, needed to
 *       claim, reassign and set follow-up dates, would otherwise allow it); administrators may correct
 *       variables in Cockpit, but not the server-owned ones.</li>
 * </ul>
 * Calls without an authenticated user are the application's own (public pages through the gateway,
 * jobs) and pass. The form's own rules are {@link FormInputCheck}'s; the command's data are read through
 * {@link EngineCommands}.
 */
class TaskInputGuard extends CommandInterceptor {

    private final TaskForms forms;
    private final FormInputCheck inputs;
    private final Supplier<AccessionService> accessions;
    private final AccessionSettings settings;

    TaskInputGuard(TaskForms forms, Supplier<AccessionService> accessions, AccessionSettings settings) {
        this.forms = forms;
        this.inputs = new FormInputCheck(forms);
        this.accessions = accessions;
        this.settings = settings;
    }

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        Authentication user = context == null ? null : context.getAuthentication();
        if (user != null && user.getUserId() != null) {
            check(command, context, user);
        }
        return next.execute(command);
    }

    private void check(Command<?> command, CommandContext context, Authentication user) {
        String userId = user.getUserId();
        if (command instanceof CompleteTaskCmd) {
            checkTaskCompletion(context, userId, field(command, "taskId"), field(command, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            checkTaskCompletion(context, userId, field(command, "taskId"), field(command, "properties"));
        } else if (command instanceof SubmitStartFormCmd) {
            String definitionId = field(command, "processDefinitionId");
            inputs.checkStartForm(
                    definitionKeyOf(context, definitionId), field(command, "businessKey"), field(command, "variables"));
        } else if (command instanceof StartProcessInstanceCmd
                || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
            String key = builder.getProcessDefinitionKey() != null
                    ? builder.getProcessDefinitionKey()
                    : definitionKeyOf(context, builder.getProcessDefinitionId());
            if (AccessionProcess.KEY.equals(key)) {
                // Only the start form validates and numbers a case as a whole; the REST "start" call would
                // answer a refused rule with a 500, and a start at a chosen activity would skip registration.
                throw new AuthorizationException(text("process.guard.accession-start"));
            }
            if (key != null && forms.startForm(key).isPresent()) {
                // The rounds too: a direct start would skip the start form's checks.
                throw new AuthorizationException(text("process.guard.start-form"));
            }
        } else if (command instanceof AbstractSetVariableCmd
                || command instanceof AbstractPatchVariablesCmd
                || command instanceof AbstractRemoveVariableCmd) {
            checkDirectVariableChange(command, user);
        }
    }

    /**
     * Caseworkers and managers change variables only through a task's form; an administrator may correct
     * other variables in Cockpit, never the server-owned ones.
     */
    private static void checkDirectVariableChange(Command<?> command, Authentication user) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (!groups.contains(Groups.CAMUNDA_ADMIN)) {
            throw new AuthorizationException(text("process.guard.variables-through-form"));
        }
        if (command instanceof AbstractRemoveVariableCmd) {
            Collection<String> names = field(command, "variableNames");
            checkServerOwned(names == null ? List.of() : names);
            return;
        }
        Map<String, ?> variables = field(command, "variables");
        checkServerOwned(variables == null ? List.of() : variables.keySet());
        if (command instanceof AbstractPatchVariablesCmd) {
            Collection<String> deletions = field(command, "deletions");
            checkServerOwned(deletions == null ? List.of() : deletions);
        }
    }

    private void checkTaskCompletion(
            CommandContext context, String userId, String taskId, Map<String, Object> variables) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        String processKey = task == null || task.getProcessDefinitionId() == null
                ? null
                : definitionKeyOf(context, task.getProcessDefinitionId());
        if (processKey == null || !forms.hasTaskForms(processKey)) {
            return;
        }
        if (!AccessionProcess.KEY.equals(processKey)) {
            // The yearly follow-up's tasks: only their forms' fields, by the forms' rules (a followUpId sent along
            // would otherwise redirect the review to another organisation's follow-up).
            Optional<TaskForms.Inputs> form = forms.forTask(processKey, task.getTaskDefinitionKey());
            if (form.isPresent()) {
                Map<String, Object> submitted = variables == null ? Map.of() : variables;
                FormInputCheck.checkTaskFields(form.get(), task, submitted);
                FormInputCheck.checkRequired(form.get(), submitted);
            }
            return;
        }
        String caseNumber = task.getProcessInstance() == null
                ? null
                : task.getProcessInstance().getBusinessKey();
        if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
            throw new AuthorizationException(
                    text("process.guard.assigned-to-other", task.getName(), caseNumber, task.getAssignee()));
        }
        if (AccessionProcess.Elements.REGISTER.equals(task.getTaskDefinitionKey())
                && settings.isFourEyesRegistration()
                && caseNumber != null
                && accessions
                        .get()
                        .approverOf(caseNumber)
                        .filter(userId::equals)
                        .isPresent()) {
            throw new AuthorizationException(text("process.guard.four-eyes", caseNumber));
        }
        Optional<TaskForms.Inputs> form = forms.forTask(task.getTaskDefinitionKey());
        if (form.isPresent() && variables != null) {
            FormInputCheck.checkTaskFields(form.get(), task, variables);
        }
    }

    private static void checkServerOwned(Collection<String> names) {
        for (String name : names) {
            if (AccessionVariables.SERVER_OWNED.contains(name)) {
                throw new AuthorizationException(text("process.guard.server-owned", name));
            }
        }
    }
}
