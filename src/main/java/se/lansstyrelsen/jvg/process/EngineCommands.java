package se.lansstyrelsen.jvg.process;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Reads what an engine command carries, for the command interceptors: the command classes have no getters, so
 * their fields are read by name; {@code TaskInputGuardContractTest} fails if an engine upgrade renames them.
 */
final class EngineCommands {

    private EngineCommands() {}

    /** Reads a field of an engine command. */
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
                throw new IllegalStateException(
                        "Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name
                + " (engine upgraded? see TaskInputGuardContractTest)");
    }

    /** The key of a deployed process definition, or null when there is none (the command reports that itself). */
    static String definitionKeyOf(CommandContext context, String definitionId) {
        if (definitionId == null) {
            return null;
        }
        try {
            ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
                    .getDeploymentCache()
                    .findDeployedProcessDefinitionById(definitionId);
            return definition == null ? null : definition.getKey();
        } catch (ProcessEngineException notDeployed) {
            return null; // the command itself reports the unknown definition
        }
    }
}
