package se.lansstyrelsen.jvg.process;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
 * jobs) and pass. The command's data are read from the engine's command classes by field name;
 * {@code TaskInputGuardContractTest} fails if an engine upgrade renames them.
 */
class TaskInputGuard extends CommandInterceptor {

  private final TaskForms forms;
  private final Supplier<AccessionService> accessions;
  private final AccessionSettings settings;

  TaskInputGuard(TaskForms forms, Supplier<AccessionService> accessions, AccessionSettings settings) {
    this.forms = forms;
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
      checkStartForm(definitionKeyOf(context, definitionId), field(command, "businessKey"), field(command, "variables"));
    } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
      String key = builder.getProcessDefinitionKey() != null ? builder.getProcessDefinitionKey()
          : definitionKeyOf(context, builder.getProcessDefinitionId());
      if (AccessionProcess.KEY.equals(key)) {
        // Only the start form validates and numbers a case as a whole; the REST "start" call would
        // answer a refused rule with a 500, and a start at a chosen activity would skip registration.
        throw new AuthorizationException("Ett anslutningsärende startas med anslutningsblanketten"
            + " (Tasklist: Starta process), inte med ett direkt startanrop.");
      }
      if (key != null && forms.startForm(key).isPresent()) {
        // The rounds too: a direct start would skip the start form's checks.
        throw new AuthorizationException("Processen startas med sitt startformulär (Tasklist: Starta process),"
            + " inte med ett direkt startanrop.");
      }
    } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractPatchVariablesCmd
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
      throw new AuthorizationException("Variabler i ett ärende ändras bara genom uppgiftens formulär.");
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

  private void checkTaskCompletion(CommandContext context, String userId, String taskId, Map<String, Object> variables) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    String processKey = task == null || task.getProcessDefinitionId() == null ? null
        : definitionKeyOf(context, task.getProcessDefinitionId());
    if (processKey == null || !forms.hasTaskForms(processKey)) {
      return;
    }
    if (!AccessionProcess.KEY.equals(processKey)) {
      // The yearly follow-up's tasks: only their forms' fields, by the forms' rules (a followUpId sent along
      // would otherwise redirect the review to another organisation's follow-up).
      Optional<TaskForms.Inputs> inputs = forms.forTask(processKey, task.getTaskDefinitionKey());
      if (inputs.isPresent()) {
        Map<String, Object> submitted = variables == null ? Map.of() : variables;
        checkFields(inputs.get(), task, submitted);
        checkRequired(inputs.get(), submitted);
      }
      return;
    }
    String caseNumber = task.getProcessInstance() == null ? null : task.getProcessInstance().getBusinessKey();
    if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
      throw new AuthorizationException("Uppgiften \"" + task.getName() + "\" i ärende " + caseNumber
          + " är tilldelad " + task.getAssignee() + ". Be att få den omfördelad till dig innan du slutför den.");
    }
    if (AccessionProcess.Elements.REGISTER.equals(task.getTaskDefinitionKey()) && settings.isFourEyesRegistration()
        && caseNumber != null && accessions.get().approverOf(caseNumber).filter(userId::equals).isPresent()) {
      throw new AuthorizationException("Fyraögonsprincipen gäller: du godkände ärende " + caseNumber
          + " och kan därför inte också registrera det. Låt en kollega ta uppgiften.");
    }
    Optional<TaskForms.Inputs> inputs = forms.forTask(task.getTaskDefinitionKey());
    if (inputs.isEmpty() || variables == null) {
      return;
    }
    checkFields(inputs.get(), task, variables);
  }

  /** Each submitted variable must be a writable field of the task's form with a valid value, or a read-only one unchanged. */
  private static void checkFields(TaskForms.Inputs form, TaskEntity task, Map<String, Object> variables) {
    Optional<TaskForms.Inputs> inputs = Optional.of(form);
    for (String name : variables.keySet()) {
      if (inputs.get().writable(name)) {
        checkNotJson(inputs.get(), name, variables);
        String broken = inputs.get().breaks(name, plainValue(variables, name));
        if (broken != null) {
          throw new FormFieldValidationException(name, broken);
        }
        continue;
      }
      if (inputs.get().readOnly(name)) {
        Object current = task.getExecution().getVariableTyped(name, false);
        if (VariableValues.same(submitted(variables, name), current)) {
          continue;
        }
        throw new FormFieldValidationException(name, "Fältet \"" + inputs.get().label(name)
            + "\" visas bara och kan inte ändras i uppgiften \"" + task.getName() + "\".");
      }
      throw new FormFieldValidationException(name, "Uppgiften \"" + task.getName() + "\" tar inte emot fältet \""
          + name + "\". Bara formulärets egna fält kan skickas in.");
    }
  }

  private void checkStartForm(String definitionKey, String businessKey, Map<String, Object> variables) {
    if (AccessionProcess.KEY.equals(definitionKey)) {
      if (businessKey != null && !businessKey.isBlank()) {
        throw new FormFieldValidationException("businessKey", "Ärendenumret sätts av systemet när ärendet skapas."
            + " Lämna fältet för affärsnyckel (Business Key) tomt.");
      }
      TaskForms.Inputs start = forms.startForm();
      if (variables != null) {
        for (String name : variables.keySet()) {
          if (!start.writable(name)) {
            throw new FormFieldValidationException(name, "Anslutningsblanketten har inget fält \"" + name
                + "\". Bara blankettens egna fält kan skickas in.");
          }
        }
      }
      return;
    }
    Optional<TaskForms.Inputs> start = forms.startForm(definitionKey);
    if (start.isEmpty()) {
      return;
    }
    // The invitation round's and the follow-up round's start forms: the service validates the content as a whole;
    // here only the form's own fields with the form's rules, so that no server-owned variable rides along and no
    // wrong type reaches a delegate as a 500.
    if (businessKey != null && !businessKey.isBlank()) {
      throw new FormFieldValidationException("businessKey", "Affärsnyckeln sätts av systemet."
          + " Lämna fältet för affärsnyckel (Business Key) tomt.");
    }
    Map<String, Object> submitted = variables == null ? Map.of() : variables;
    {
      for (String name : submitted.keySet()) {
        if (!start.get().writable(name)) {
          throw new FormFieldValidationException(name, "Startformuläret har inget fält \"" + name
              + "\". Bara formulärets egna fält kan skickas in.");
        }
        checkNotJson(start.get(), name, submitted);
        String broken = start.get().breaks(name, plainValue(submitted, name));
        if (broken != null) {
          throw new FormFieldValidationException(name, broken);
        }
      }
    }
    checkRequired(start.get(), submitted);
  }

  /**
   * A text, choice, number or date field comes as a primitive value; a Json value there (which {@link #plainValue}
   * would read as its text) is refused, else a delegate would get a Spin node where it expects a string.
   */
  private static void checkNotJson(TaskForms.Inputs form, String name, Map<String, Object> variables) {
    Object v = submitted(variables, name);
    if (v instanceof TypedValue typed && !form.takesJson(name) && !(v instanceof org.camunda.bpm.engine.variable.value.PrimitiveValue<?>)
        && typed.getType() != null && !typed.getType().isPrimitiveValueType()) {
      throw new FormFieldValidationException(name, "Fältet \"" + form.label(name) + "\" har en typ som formuläret inte skickar.");
    }
  }

  /** A required field of the form that is always shown must be filled in (form-js checks it only in the browser). */
  private static void checkRequired(TaskForms.Inputs form, Map<String, Object> submitted) {
    String missing = form.missingRequired(name -> plainValue(submitted, name), submitted.keySet());
    if (missing != null) {
      throw new FormFieldValidationException(missing, "Fältet \"" + form.label(missing) + "\" måste fyllas i.");
    }
  }

  private static void checkServerOwned(Collection<String> names) {
    for (String name : names) {
      if (AccessionVariables.SERVER_OWNED.contains(name)) {
        throw new AuthorizationException("Variabeln \"" + name + "\" sätts av systemet och kan inte ändras eller tas bort.");
      }
    }
  }

  /**
   * The submitted value as Java sees it; a typed value that cannot be read (malformed Json, an Object in Java
   * serialization, which the engine refuses) is refused here as a form error (400), not left to the engine (500).
   */
  private static Object plainValue(Map<String, Object> variables, String name) {
    Object v = submitted(variables, name);
    if (!(v instanceof TypedValue typed)) {
      return v;
    }
    if (typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
        && !(typed.getType() instanceof org.camunda.bpm.engine.variable.type.PrimitiveValueType)) {
      if (!"json".equalsIgnoreCase(typed.getType().getName())) {
        throw new FormFieldValidationException(name, "Fältet \"" + name + "\" har en typ som formuläret inte skickar.");
      }
      String json = serializable.isDeserialized() ? null : serializable.getValueSerialized();
      if (json != null) {
        try {
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (Exception e) {
          throw new FormFieldValidationException(name, "Fältet \"" + name + "\" är inte giltig JSON.");
        }
      }
      return json;
    }
    return typed.getValue();
  }

  private static Object submitted(Map<String, Object> variables, String name) {
    if (variables instanceof VariableMap map) {
      TypedValue typed = map.getValueTyped(name);
      return typed != null ? typed : map.get(name);
    }
    return variables.get(name);
  }

  private static String definitionKeyOf(CommandContext context, String definitionId) {
    if (definitionId == null) {
      return null;
    }
    try {
      ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(definitionId);
      return definition == null ? null : definition.getKey();
    } catch (ProcessEngineException notDeployed) {
      return null; // the command itself reports the unknown definition
    }
  }

  /** Reads a field of an engine command (they have no getters); see the class comment. */
  @SuppressWarnings("unchecked")
  static <V> V field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return (V) f.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name
        + " (engine upgraded? see TaskInputGuardContractTest)");
  }
}
