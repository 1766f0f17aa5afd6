package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/**
 * TaskInputGuard reads the engine's command classes by field name through EngineCommands (they have no
 * getters). This fails when an engine upgrade renames one, before the guard silently stops guarding.
 */
class TaskInputGuardContractTest {

    private static final Map<String, Object> VARIABLES = Map.of("accessionId", 1L);

    @Test
    void shouldReadTheTaskAndVariablesOfTaskCompletions() {
        Object complete = new CompleteTaskCmd("task-1", VARIABLES);
        Object resolve = new ResolveTaskCmd("task-2", VARIABLES);
        Object submit = new SubmitTaskFormCmd("task-3", VARIABLES, false, false);

        assertThat((String) EngineCommands.field(complete, "taskId")).isEqualTo("task-1");
        assertThat((Map<String, Object>) EngineCommands.field(complete, "variables"))
                .containsKey("accessionId");
        assertThat((String) EngineCommands.field(resolve, "taskId")).isEqualTo("task-2");
        assertThat((String) EngineCommands.field(submit, "taskId")).isEqualTo("task-3");
        assertThat((Map<String, Object>) EngineCommands.field(submit, "properties"))
                .containsKey("accessionId");
    }

    @Test
    void shouldReadTheBusinessKeyAndVariablesOfAStartFormSubmission() {
        Object start = new SubmitStartFormCmd("accession:1:abc", "JVG-2099-9999", VARIABLES);

        assertThat((String) EngineCommands.field(start, "processDefinitionId")).isEqualTo("accession:1:abc");
        assertThat((String) EngineCommands.field(start, "businessKey")).isEqualTo("JVG-2099-9999");
        assertThat((Map<String, Object>) EngineCommands.field(start, "variables"))
                .containsKey("accessionId");
    }

    @Test
    void shouldReadTheNamesOfDirectVariableChanges() {
        Object set = new SetTaskVariablesCmd("task-1", VARIABLES, false);
        Object remove = new RemoveExecutionVariablesCmd("execution-1", List.of("caseNumber"), false);
        Object patch = new PatchExecutionVariablesCmd("execution-1", VARIABLES, List.of("followUpId"), false);

        assertThat((Map<String, Object>) EngineCommands.field(set, "variables")).containsKey("accessionId");
        assertThat((List<String>) EngineCommands.field(remove, "variableNames")).containsExactly("caseNumber");
        assertThat((Map<String, Object>) EngineCommands.field(patch, "variables"))
                .containsKey("accessionId");
        assertThat((List<String>) EngineCommands.field(patch, "deletions")).containsExactly("followUpId");
    }
}
