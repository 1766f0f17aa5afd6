package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.support.AccessionDriver;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * Every caseworker task gets its service level as due date (accession.*-due, calendar days in Stockholm),
 * and once that passes, the task shows in Tasklist's "Försenade" filter.
 */
class ServiceLevelDueDatesTest extends IntegrationTestBase {

    @Autowired
    AccessionSettings settings;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldGiveTheRegistrationAndTheFollowUpTheirServiceLevelAndShowThemAsOverdueAfterwards() {
        Date start = new Date();
        ClockUtil.setCurrentTime(start);
        AccessionDriver driver = new AccessionDriver(engine);
        String registration = driver.submit(94_001);
        driver.runJob(registration, Elements.SEND_RECEIPT);
        driver.completeTask(registration, Elements.REVIEW, TestAccessions.approval());
        String followUp = driver.submit(94_002);
        driver.runJob(followUp, Elements.SEND_RECEIPT);
        driver.completeTask(followUp, Elements.REVIEW, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION"));

        Task register = task(registration);
        Task contact = task(followUp);
        assertThat(register.getTaskDefinitionKey()).isEqualTo(Elements.REGISTER);
        assertThat(register.getDueDate().getTime())
                .isEqualTo(plus(start, settings.getRegistrationDue().getDays()).getTime());
        assertThat(contact.getTaskDefinitionKey()).isEqualTo(Elements.CONTACT_CONTACT_PERSON);
        assertThat(contact.getDueDate().getTime())
                .isEqualTo(plus(start, settings.getFollowUpDue().getDays()).getTime());
        assertThat(overdue()).doesNotContain(register.getId(), contact.getId());

        ClockUtil.setCurrentTime(plus(
                start,
                Math.max(
                                settings.getRegistrationDue().getDays(),
                                settings.getFollowUpDue().getDays())
                        + 1));

        assertThat(overdue()).contains(register.getId(), contact.getId());
    }

    private List<String> overdue() {
        Filter filter = engine.getFilterService()
                .createFilterQuery()
                .filterName("Försenade")
                .singleResult();
        return engine.getFilterService().<Task>list(filter.getId()).stream()
                .map(Task::getId)
                .toList();
    }

    private Task task(String pid) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
    }

    private static Date plus(Date from, int days) {
        return Date.from(ZonedDateTime.ofInstant(from.toInstant(), ClockConfig.SWEDEN)
                .plusDays(days)
                .toInstant());
    }
}
