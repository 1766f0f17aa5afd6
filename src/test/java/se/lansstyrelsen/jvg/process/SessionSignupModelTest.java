package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.lansstyrelsen.jvg.session.SessionSignupProcess;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;

/** The accession process's model rules (ProcessModelTest), applied to the deployed sign-up process. */
class SessionSignupModelTest extends IntegrationTestBase {

    private static final Pattern ID = Pattern.compile(
            "^(startEvent|endEvent|serviceTask|gateway|intermediateCatchEvent|timerEvent|subProcess|flow)_[a-z][A-Za-z0-9]*$");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([a-zA-Z][A-Za-z0-9]*)\\}$");

    @Autowired
    ApplicationContext context;

    private BpmnModelInstance model;

    @BeforeEach
    void loadDeployedModel() {
        ProcessDefinition d = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(SessionSignupProcess.KEY)
                .latestVersion()
                .singleResult();
        model = engine.getRepositoryService().getBpmnModelInstance(d.getId());
    }

    @Test
    void shouldSendEveryEMailFromAnAsyncServiceTaskWithARetryCycleThroughAnExistingDelegateBean() {
        assertThat(model.getModelElementsByType(ServiceTask.class)).hasSize(5);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            Matcher m = BEAN_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(m.matches()).as(task.getId()).isTrue();
            assertThat(context.getBean(m.group(1))).as(m.group(1)).isInstanceOf(JavaDelegate.class);
            assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
            assertThat(task.getExtensionElements()
                            .getElementsQuery()
                            .filterByType(CamundaFailedJobRetryTimeCycle.class)
                            .singleResult()
                            .getTextContent())
                    .isEqualTo("${accessionSettings.mailRetryCycle}");
            assertThat(task.getDocumentations()).as(task.getId()).isNotEmpty();
        }
    }

    @Test
    void shouldNameDocumentAndDrawEveryElementAndKeepHistoryForAYear() {
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> edges.add(e.getBpmnElement().getId()));
        for (FlowNode n : model.getModelElementsByType(FlowNode.class)) {
            assertThat(n.getId()).matches(ID);
            assertThat(shapes).as(n.getId()).contains(n.getId());
        }
        for (SequenceFlow f : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(f.getId()).matches(ID);
            assertThat(edges).as(f.getId()).contains(f.getId());
        }
        model.getModelElementsByType(Activity.class)
                .forEach(a -> assertThat(a.getName()).as(a.getId()).isNotBlank());
        model.getModelElementsByType(SubProcess.class)
                .forEach(s -> assertThat(s.getDocumentations()).as(s.getId()).isNotEmpty());
        for (Process p : model.getModelElementsByType(Process.class)) {
            assertThat(p.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
        }
        assertThat(context.containsBean("sessionSchedule")).isTrue();
    }
}
