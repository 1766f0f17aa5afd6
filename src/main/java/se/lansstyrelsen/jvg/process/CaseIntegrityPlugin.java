package se.lansstyrelsen.jvg.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * Installs {@link TaskInputGuard} inside every command the engine runs in a transaction (after the
 * command context exists, so the guard can read the task it is asked to complete). The Spring Boot
 * starter applies every ProcessEnginePlugin bean.
 */
@Component
class CaseIntegrityPlugin extends AbstractProcessEnginePlugin {

  private final TaskForms forms;
  private final ObjectProvider<AccessionService> accessions;
  private final AccessionSettings settings;

  CaseIntegrityPlugin(TaskForms forms, ObjectProvider<AccessionService> accessions, AccessionSettings settings) {
    this.forms = forms;
    this.accessions = accessions;
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired()
        .add(new TaskInputGuard(forms, accessions::getObject, settings));
  }
}
