package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess.Elements.*;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.followup.AnnualFollowUp;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpGateway;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpProcess;
import se.lansstyrelsen.jvg.followup.AnnualFollowUpService;
import se.lansstyrelsen.jvg.followup.FollowUpSettings;
import se.lansstyrelsen.jvg.notification.FollowUpNotifier;

/**
 * One scenario per path through processes/annual-follow-up.bpmn (answered, reminded then answered, not
 * answered, answered late) and the yearly round, on an in-memory engine with the real delegates and mocked
 * services; jobs and timers are executed explicitly.
 */
@Deployment(
        resources = {
            "processes/annual-follow-up.bpmn",
            "processes/annual-follow-up-round.bpmn",
            "processes/annual-follow-up-yearly.bpmn",
            "forms/annual-follow-up-review.form",
            "forms/annual-follow-up-missing-answer.form",
            "forms/annual-follow-up-round-start.form"
        })
class AnnualFollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    private static final long FOLLOW_UP_ID = 7L;
    private static final long ACCESSION_ID = 42L;
    private static final String KEY = "JVG-2026-0042/2027";
    private static final Date NOW = Date.from(
            ZonedDateTime.of(2027, 3, 1, 8, 0, 0, 0, ClockConfig.SWEDEN).toInstant());

    private final AnnualFollowUpService followUps = mock(AnnualFollowUpService.class);
    private final FollowUpNotifier notifier = mock(FollowUpNotifier.class);
    private final FollowUpSettings settings = new FollowUpSettings();

    @BeforeEach
    void registerDelegates() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(NOW);
        settings.setAnswerWait(Period.ofDays(14));
        settings.setMaxReminders(2);
        settings.setMissingAnswerDue(Period.ofDays(10));
        settings.setReviewDue(Period.ofDays(5));
        AccessionSettings accessionSettings = new AccessionSettings();
        accessionSettings.setMailRetryCycle("R3/PT5M");
        Mocks.register("accessionSettings", accessionSettings);
        Mocks.register("annualFollowUpSettings", settings);
        AnnualFollowUpDelegates delegates = new AnnualFollowUpDelegates();
        Mocks.register(
                "startFollowUpsDelegate",
                delegates.startFollowUpsDelegate(
                        followUps,
                        new AnnualFollowUpGateway(engine.getProcessEngine().getRuntimeService()),
                        settings));
        Mocks.register("sendFollowUpRequestDelegate", delegates.sendFollowUpRequestDelegate(followUps, notifier));
        Mocks.register("sendFollowUpReminderDelegate", delegates.sendFollowUpReminderDelegate(followUps, notifier));
        Mocks.register("recordFollowUpReviewDelegate", delegates.recordFollowUpReviewDelegate(followUps));
        Mocks.register("closeUnansweredFollowUpDelegate", delegates.closeUnansweredFollowUpDelegate(followUps));
        AnnualFollowUp followUp = mock(AnnualFollowUp.class);
        when(followUp.getAccessionId()).thenReturn(ACCESSION_ID);
        when(followUp.getYear()).thenReturn(2027);
        when(followUps.get(FOLLOW_UP_ID)).thenReturn(followUp);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldSendTheFormAndLetTheCaseworkerReviewTheAnswer() {
        ProcessInstance pi = startAndSendRequest();

        answer(false);

        assertThat(pi)
                .isWaitingAt(REVIEW)
                .task()
                .hasCandidateGroup("caseworkers")
                .hasDueDate(plusDays(NOW, 5));
        assertThat((String) runtimeService().getVariable(pi.getId(), AnnualFollowUpProcess.Variables.SUMMARY))
                .contains("Vi har utbildat");
        taskService().complete(task(pi).getId(), Map.of(AnnualFollowUpProcess.Variables.REVIEW_NOTE, "Bra svar"));

        assertThat(pi)
                .hasPassedInOrder(START, SEND_REQUEST, AWAIT_ANSWER, ANSWER_RECEIVED, REVIEW, RECORD_REVIEW, REVIEWED)
                .isEnded();
        assertThat(pi).hasNotPassed(SEND_REMINDER, MISSING_ANSWER);
        verify(notifier).sendRequest(eq(ACCESSION_ID), eq(2027), any());
        verify(followUps).review(FOLLOW_UP_ID, false, "Bra svar", null);
        verify(followUps, org.mockito.Mockito.atLeastOnce()).get(FOLLOW_UP_ID);
        verifyNoMoreInteractions(followUps, notifier);
    }

    @Test
    void shouldPassAnAcceptedContactChangeOnToTheService() {
        ProcessInstance pi = startAndSendRequest();
        answer(true);

        taskService().complete(task(pi).getId(), Map.of(AnnualFollowUpProcess.Variables.ACCEPT_CONTACT_CHANGE, true));

        assertThat(pi).hasPassed(RECORD_REVIEW).isEnded();
        verify(followUps).review(FOLLOW_UP_ID, true, null, null);
    }

    @Test
    void shouldRemindWhenNoAnswerComesAndThenTakeTheAnswer() {
        ProcessInstance pi = startAndSendRequest();

        expireWait(pi);
        assertThat(pi).isWaitingAt(SEND_REMINDER);
        execute(job());

        verify(notifier).sendReminder(eq(ACCESSION_ID), eq(2027), eq(1), any());
        assertThat(pi)
                .isWaitingAt(AWAIT_ANSWER)
                .variables()
                .containsEntry(AnnualFollowUpProcess.Variables.REMINDER_COUNT, 1);
        answer(false);
        assertThat(pi).isWaitingAt(REVIEW);
        assertThat(pi)
                .hasPassedInOrder(SEND_REQUEST, ANSWER_WAIT_EXPIRED, REMINDERS_LEFT, SEND_REMINDER, ANSWER_RECEIVED);
    }

    @Test
    void shouldGiveTheCaseworkerTheMissingAnswerTaskAfterTheLastReminder() {
        ProcessInstance pi = startAndRemindTwice();

        expireWait(pi);

        assertThat(pi)
                .isWaitingAt(MISSING_ANSWER)
                .task()
                .hasName("Följ upp uteblivet svar")
                .hasCandidateGroup("caseworkers")
                .hasDueDate(plusDays(NOW, 10));
        taskService()
                .complete(
                        task(pi).getId(),
                        Map.of(AnnualFollowUpProcess.Variables.MISSING_ANSWER_NOTE, "Ringt, svarar inte i år"));

        assertThat(pi)
                .hasPassedInOrder(MISSING_ANSWER, CLOSE_UNANSWERED, NOT_ANSWERED)
                .isEnded();
        assertThat(pi).hasNotPassed(REVIEW);
        verify(notifier).sendReminder(eq(ACCESSION_ID), eq(2027), eq(2), any());
        verify(followUps).closeUnanswered(FOLLOW_UP_ID, "Ringt, svarar inte i år");
    }

    @Test
    void shouldTakeAnAnswerThatArrivesWhileTheCaseworkerFollowsUp() {
        ProcessInstance pi = startAndRemindTwice();
        expireWait(pi);
        assertThat(pi).isWaitingAt(MISSING_ANSWER);

        answer(false);

        assertThat(pi).isWaitingAt(REVIEW).hasPassed(ANSWER_ARRIVED_LATE).hasNotPassed(CLOSE_UNANSWERED);
    }

    @Test
    void shouldStartOneFollowUpPerOrganisationThatTheServiceCreatedForTheChosenYear() {
        when(followUps.createForYear(2026))
                .thenReturn(List.of(
                        new AnnualFollowUpService.Created(7L, "JVG-2025-0001/2026"),
                        new AnnualFollowUpService.Created(8L, "JVG-2025-0002/2026")));

        ProcessInstance round = runtimeService()
                .createProcessInstanceByKey(AnnualFollowUpProcess.ROUND_KEY)
                .startBeforeActivity(ROUND_MANUAL_START)
                .setVariable(AnnualFollowUpProcess.Variables.FOLLOW_UP_YEAR, 2026L)
                .execute();

        assertThat(round).hasPassed(START_FOLLOW_UPS, FOLLOW_UPS_STARTED).isEnded();
        List<ProcessInstance> started = runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AnnualFollowUpProcess.KEY)
                .orderByBusinessKey()
                .asc()
                .list();
        assertThat(started)
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactly("JVG-2025-0001/2026", "JVG-2025-0002/2026");
        assertThat(runtimeService().getVariable(started.get(1).getId(), AnnualFollowUpProcess.Variables.FOLLOW_UP_ID))
                .isEqualTo(8L);
        verify(followUps).createForYear(2026);
    }

    @Test
    void shouldStartTheCurrentYearsRoundByItselfOnTheYearlyDate() {
        when(followUps.createForYear(2027)).thenReturn(List.of());
        Job timer = managementService()
                .createJobQuery()
                .timers()
                .processDefinitionKey(AnnualFollowUpProcess.YEARLY_KEY)
                .singleResult();
        assertThat(timer).as("the round's yearly timer exists once deployed").isNotNull();
        assertThat(ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault()))
                .satisfies(due -> {
                    assertThat(due.getMonthValue()).isEqualTo(3);
                    assertThat(due.getDayOfMonth()).isEqualTo(1);
                    assertThat(due.getHour()).isEqualTo(8);
                });

        managementService().executeJob(timer.getId());

        verify(followUps).createForYear(2027);
    }

    @Test
    void shouldRefuseAYearOutsideTheStrategyWithASwedishMessage() {
        assertThatThrownBy(() -> runtimeService()
                        .createProcessInstanceByKey(AnnualFollowUpProcess.ROUND_KEY)
                        .startBeforeActivity(ROUND_MANUAL_START)
                        .setVariable(AnnualFollowUpProcess.Variables.FOLLOW_UP_YEAR, 1999L)
                        .execute())
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Ange ett år mellan 2024 och 2028");
        verifyNoMoreInteractions(followUps);
    }

    private ProcessInstance startAndSendRequest() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        AnnualFollowUpProcess.KEY,
                        KEY,
                        Map.of(
                                AnnualFollowUpProcess.Variables.FOLLOW_UP_ID,
                                FOLLOW_UP_ID,
                                AnnualFollowUpProcess.Variables.FOLLOW_UP_YEAR,
                                2027,
                                AnnualFollowUpProcess.Variables.REMINDER_COUNT,
                                0));
        assertThat(pi).isWaitingAt(SEND_REQUEST);
        execute(job());
        assertThat(pi).isWaitingAt(AWAIT_ANSWER);
        return pi;
    }

    private ProcessInstance startAndRemindTwice() {
        ProcessInstance pi = startAndSendRequest();
        for (int i = 0; i < 2; i++) {
            expireWait(pi);
            execute(job());
        }
        return pi;
    }

    /** The wait's timer, executed as the job executor would once it is due. */
    private void expireWait(ProcessInstance pi) {
        Job timer = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(plusDays(ClockUtil.getCurrentTime(), 14));
        managementService().executeJob(timer.getId());
    }

    private void answer(boolean newContact) {
        runtimeService()
                .createMessageCorrelation(AnnualFollowUpProcess.Messages.ANSWERED)
                .processInstanceBusinessKey(KEY)
                .setVariable(
                        AnnualFollowUpProcess.Variables.SUMMARY,
                        "**MAKT: mål**\n\n- Det här har vi gjort: Vi har utbildat")
                .setVariable(AnnualFollowUpProcess.Variables.NEW_CONTACT_REPORTED, newContact)
                .correlate();
    }

    private static Date plusDays(Date date, int days) {
        return Date.from(
                date.toInstant().atZone(ClockConfig.SWEDEN).plusDays(days).toInstant());
    }
}
