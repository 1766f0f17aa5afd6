package se.lansstyrelsen.jvg.config;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the configured retention the history time to live of every deployed process definition (the
 * BPMN's {@code camunda:historyTimeToLive} is only the default). Camunda stamps a finished instance's
 * history with a removal time computed from the TTL at its end; the history cleanup (in its batch window)
 * then deletes it. Instances finished before a change keep their removal time.
 */
@Component
class HistoryRetention {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

    private final RepositoryService repository;
    private final RetentionSettings settings;

    HistoryRetention(RepositoryService repository, RetentionSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(3)
    public void apply() {
        int days = settings.getHistoryTimeToLiveDays();
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().list()) {
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                LOG.info("History time to live of {} set to {} days", definition.getId(), days);
            }
        }
    }
}
