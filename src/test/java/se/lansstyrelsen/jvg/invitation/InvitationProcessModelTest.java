package se.lansstyrelsen.jvg.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The accession process's model rules (ProcessModelTest) applied to the two invitation processes. */
class InvitationProcessModelTest {

    private static final Pattern ID = Pattern.compile(
            "^(startEvent|endEvent|serviceTask|userTask|gateway|eventGateway|boundaryEvent|intermediateCatchEvent|timerEvent"
                    + "|subProcess|flow)_[a-z][A-Za-z0-9]*$");

    @ParameterizedTest
    @ValueSource(strings = {"processes/invitation-round.bpmn", "processes/invitation.bpmn"})
    void shouldFollowTheHouseRulesForProcessModels(String file) throws Exception {
        BpmnModelInstance model = read(file);
        for (Process p : model.getModelElementsByType(Process.class)) {
            assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isEqualTo("365");
        }
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> edges.add(e.getBpmnElement().getId()));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getId()).matches(ID);
            assertThat(node.getName()).as(node.getId()).isNotBlank();
            assertThat(shapes).as(node.getId()).contains(node.getId());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(flow.getId()).matches(ID);
            assertThat(edges).as(flow.getId()).contains(flow.getId());
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            assertThat(task.getCamundaDelegateExpression())
                    .as(task.getId())
                    .matches("^\\$\\{[a-z][A-Za-z0-9]*Delegate\\}$");
            assertThat(task.getDocumentations()).as(task.getId()).isNotEmpty();
            boolean sendsMail = task.getId().startsWith("serviceTask_send");
            if (sendsMail) {
                assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
                assertThat(task.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                                .singleResult()
                                .getTextContent())
                        .as(task.getId())
                        .isEqualTo("${accessionSettings.mailRetryCycle}");
            }
        }
    }

    @Test
    void shouldStartARoundWithTheStartFormFromTheDeployment() throws Exception {
        StartEvent start =
                read("processes/invitation-round.bpmn").getModelElementById(InvitationProcess.Elements.ROUND_STARTED);
        assertThat(start.getCamundaFormRef()).isEqualTo(InvitationProcess.START_FORM_ID);
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/invitation-round-start.form")) {
            com.fasterxml.jackson.databind.JsonNode form =
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            assertThat(form.path("id").asText()).isEqualTo(InvitationProcess.START_FORM_ID);
            Set<String> keys = new HashSet<>();
            form.path("components").forEach(c -> keys.add(c.path("key").asText()));
            assertThat(keys)
                    .contains(
                            InvitationProcess.StartForm.NAME,
                            InvitationProcess.StartForm.SCOPE,
                            InvitationProcess.StartForm.SELECTED,
                            InvitationProcess.StartForm.MESSAGE,
                            InvitationProcess.StartForm.DEADLINE);
        }
    }

    private BpmnModelInstance read(String file) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
