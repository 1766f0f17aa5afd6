package se.lansstyrelsen.jvg.overview;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.process.AccessionProcess;

/** What the overview shows for the engine's ids: case numbers, caseworkers' names and the diagram's element names. */
@Component
class EngineNames {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;

    EngineNames(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.repository = engine.getRepositoryService();
        this.identity = engine.getIdentityService();
    }

    /** The business keys (case numbers) of running process instances, by instance id. */
    Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        for (List<String> chunk :
                IdChunks.of(processInstanceIds.stream().distinct().toList())) {
            runtime.createProcessInstanceQuery()
                    .processInstanceIds(Set.copyOf(chunk))
                    .list()
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        return keys;
    }

    /** Users' display names, "First Last (id)", by user id; ids the engine does not know are left out. */
    Map<String, String> userNames(Set<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(
                        User::getId,
                        u -> (nonNull(u.getFirstName()) + " " + nonNull(u.getLastName())).strip() + " (" + u.getId()
                                + ")"));
    }

    /**
     * The elements of a type (user tasks, flow nodes) of the latest accession process with their names in the
     * diagram, in the diagram's order.
     */
    Map<String, String> elementNames(Class<? extends FlowElement> type) {
        ProcessDefinition latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        repository
                .getBpmnModelInstance(latest.getId())
                .getModelElementsByType(type)
                .forEach(e -> names.put(e.getId(), e.getName() == null ? e.getId() : e.getName()));
        return names;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
