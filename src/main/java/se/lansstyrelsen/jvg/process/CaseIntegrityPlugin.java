package se.lansstyrelsen.jvg.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * Installs {@link TaskInputGuard} inside every command the engine runs in a transaction (after the
 * command context exists, so the guard can read the task it is asked to complete),
 * {@link TaskCompletionConflicts} around it (outside the transaction, to see a lost race at commit), and
 * {@link CaseTaskListener} on every user task of the accession process. The Spring Boot starter applies
 * every ProcessEnginePlugin bean.
 */
@Component
class CaseIntegrityPlugin extends AbstractProcessEnginePlugin {

    private final TaskForms forms;
    private final ObjectProvider<AccessionService> accessions;
    private final AccessionSettings settings;
    private final ObjectProvider<CaseTaskListener> taskListener;

    CaseIntegrityPlugin(
            TaskForms forms,
            ObjectProvider<AccessionService> accessions,
            AccessionSettings settings,
            ObjectProvider<CaseTaskListener> taskListener) {
        this.forms = forms;
        this.accessions = accessions;
        this.settings = settings;
        this.taskListener = taskListener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration
                .getCustomPostCommandInterceptorsTxRequired()
                .add(new TaskInputGuard(forms, accessions::getObject, settings));
        // Outside the transaction, so a completion that loses at commit is answered as a conflict, not a 500.
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration
                .getCustomPreCommandInterceptorsTxRequired()
                .add(new TaskCompletionConflicts(configuration::getHistoryService));
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new CaseTasks());
    }

    /** Gives every user task of the accession process the {@link CaseTaskListener} on create and complete. */
    private final class CaseTasks extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (!(scope.getProcessDefinition() instanceof ProcessDefinitionEntity definitionBeingParsed)
                    || !AccessionProcess.KEY.equals(definitionBeingParsed.getKey())) {
                return;
            }
            TaskListener listener = task -> taskListener.getObject().notify(task);
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
        }
    }
}
