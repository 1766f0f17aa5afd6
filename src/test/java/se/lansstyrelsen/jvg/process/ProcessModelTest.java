package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;

/** Rules every process model must follow, checked on what the engine actually deployed. */
class ProcessModelTest extends IntegrationTestBase {

    private static final Pattern ID = Pattern.compile(
            "^(startEvent|endEvent|serviceTask|userTask|gateway|eventGateway|boundaryEvent|intermediateCatchEvent|timerEvent"
                    + "|subProcess|flow)_[a-z][A-Za-z0-9]*$");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([a-zA-Z][A-Za-z0-9]*)\\}$");

    @Autowired
    ApplicationContext context;

    private BpmnModelInstance model;
    private ProcessDefinition definition;

    @BeforeEach
    void loadDeployedModel() {
        definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(AccessionProcess.KEY)
                .latestVersion()
                .singleResult();
        model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    }

    @Test
    void shouldCallAnExistingDelegateBeanByDelegateExpressionFromEveryServiceTask() {
        Collection<ServiceTask> tasks = model.getModelElementsByType(ServiceTask.class);
        assertThat(tasks).hasSize(17);
        for (ServiceTask task : tasks) {
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as(task.getId()).isNull();
            Matcher m = BEAN_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(m.matches()).as(task.getId() + " uses ${bean}").isTrue();
            assertThat(context.containsBean(m.group(1)))
                    .as("bean " + m.group(1))
                    .isTrue();
            assertThat(context.getBean(m.group(1))).as(m.group(1)).isInstanceOf(JavaDelegate.class);
        }
    }

    @Test
    void shouldSendEveryEMailFromAnAsyncServiceTaskWithARetryCycle() {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            boolean talksToOutside =
                    task.getId().startsWith("serviceTask_send") || task.getId().startsWith("serviceTask_remind");
            assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isEqualTo(talksToOutside);
            if (talksToOutside) {
                assertThat(task.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(
                                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle
                                                .class)
                                .singleResult()
                                .getTextContent())
                        .as(task.getId())
                        .isEqualTo("${accessionSettings.mailRetryCycle}");
            }
        }
    }

    @Test
    void shouldNameEveryElementByConvention() {
        List<String> offending = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!ID.matcher(node.getId()).matches()) {
                offending.add(node.getId());
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!ID.matcher(flow.getId()).matches()) {
                offending.add(flow.getId());
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void shouldDocumentEveryTaskAndSubProcess() {
        List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(Task.class));
        elements.addAll(model.getModelElementsByType(SubProcess.class));
        assertThat(elements).hasSizeGreaterThan(20);
        for (BaseElement e : elements) {
            assertThat(e.getDocumentations()).as(e.getId()).isNotEmpty();
            assertThat(e.getDocumentations().iterator().next().getTextContent())
                    .as(e.getId())
                    .isNotBlank();
        }
    }

    @Test
    void shouldHaveAHistoryTimeToLiveOnEveryProcess() {
        for (ProcessDefinition d :
                engine.getRepositoryService().createProcessDefinitionQuery().list()) {
            assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull().isPositive();
        }
        for (Process p : model.getModelElementsByType(Process.class)) {
            assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isEqualTo("365");
        }
    }

    @Test
    void shouldGiveEveryUserTaskAndTheStartEventAFormThatResolvesInTheDeployment() throws Exception {
        Set<String> deployedFormIds = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String resource : engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId())) {
            if (resource.endsWith(".form")) {
                try (InputStream in =
                        engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(), resource)) {
                    JsonNode form = json.readTree(in);
                    assertThat(deployedFormIds.add(form.path("id").asText()))
                            .as("unique form id in " + resource)
                            .isTrue();
                }
            }
        }
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).hasSize(4);
        for (UserTask task : userTasks) {
            assertThat(task.getCamundaFormKey()).as(task.getId()).isNull();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            assertThat(deployedFormIds).as(task.getId()).contains(task.getCamundaFormRef());
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo(AccessionProcess.CASEWORKER_GROUP);
            assertThat(task.getCamundaDueDate())
                    .as(task.getId() + " has a service-level due date")
                    .matches("\\$\\{accessionSettings\\.[a-zA-Z]+DueDate\\(\\)\\}");
        }
        StartEvent start = model.getModelElementById(AccessionProcess.Elements.START);
        assertThat(start.getCamundaFormRef()).isEqualTo(AccessionProcess.START_FORM_ID);
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(deployedFormIds).contains(start.getCamundaFormRef());
        for (AccessionProcess.Form form : AccessionProcess.Form.values()) {
            UserTask task = model.getModelElementById(form.elementId());
            assertThat(task.getCamundaFormRef()).isEqualTo(form.formId());
        }
    }

    @Test
    void shouldOfferInTasklistOnlyTheProcessesACaseworkerStartsWithAForm() {
        // Tasklist's "Starta process" lists every startable definition the user may start; the others (one
        // invitation, one follow-up, one sign-up, the yearly timer) are started by the application.
        List<String> offered = engine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .latestVersion()
                .startableInTasklist()
                .list()
                .stream()
                .map(ProcessDefinition::getKey)
                .sorted()
                .toList();

        assertThat(offered).containsExactly(AccessionProcess.KEY, "annual-follow-up-round", "invitation-round");
        for (String key : offered) {
            ProcessDefinition d = engine.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .singleResult();
            assertThat(engine.getFormService().getStartFormData(d.getId()).getCamundaFormRef())
                    .as(key + " start form")
                    .isNotNull();
        }
    }

    @Test
    void shouldHaveADiagramShapeForEveryNodeAndAnEdgeForEveryFlow() {
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> edges.add(e.getBpmnElement().getId()));
        model.getModelElementsByType(FlowNode.class)
                .forEach(n -> assertThat(shapes).as(n.getId()).contains(n.getId()));
        model.getModelElementsByType(SequenceFlow.class)
                .forEach(f -> assertThat(edges).as(f.getId()).contains(f.getId()));
        model.getModelElementsByType(Activity.class)
                .forEach(a -> assertThat(a.getName()).as(a.getId()).isNotBlank());
    }
}
