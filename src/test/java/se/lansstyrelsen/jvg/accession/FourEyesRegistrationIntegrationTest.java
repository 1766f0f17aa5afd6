package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/** With accession.four-eyes-registration on, the caseworker who approved a case cannot also register it. */
@TestPropertySource(properties = "accession.four-eyes-registration=true")
class FourEyesRegistrationIntegrationTest extends IntegrationTestBase {

    @Autowired
    AccessionRepository accessions;

    @Test
    void shouldLetOnlyAnotherCaseworkerRegisterWhatSomeoneApproved() {
        AccessionDriver driver = new AccessionDriver(engine);
        String pid = driver.submit(71_001);
        driver.runJob(pid, Elements.SEND_RECEIPT);
        String caseNumber = driver.caseNumber(pid);

        actAs("kim", AccessionProcess.CASEWORKER_GROUP);
        engine.getFormService().submitTaskForm(task(pid).getId(), TestAccessions.approval());
        Task registration = task(pid);
        assertThat(registration.getTaskDefinitionKey()).isEqualTo(Elements.REGISTER);

        assertThatThrownBy(() ->
                        engine.getFormService().submitTaskForm(registration.getId(), TestAccessions.registration()))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("Fyraögonsprincipen")
                .hasMessageContaining(caseNumber);
        assertThat(accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus())
                .isEqualTo(AccessionStatus.APPROVED);

        actAs("alex", AccessionProcess.CASEWORKER_GROUP);
        engine.getFormService().submitTaskForm(registration.getId(), TestAccessions.registration());
        assertThat(accessions.findByCaseNumber(caseNumber).orElseThrow().getStatus())
                .isEqualTo(AccessionStatus.REGISTERED);
    }

    private Task task(String pid) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    }
}
