package se.lansstyrelsen.jvg.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.notification.SessionNotifier;
import se.lansstyrelsen.jvg.session.SessionSignupProcess;

/**
 * One scenario per path through processes/session-signup.bpmn on an in-memory engine, with the real
 * delegate beans and a mocked notifier; jobs and timers are executed explicitly.
 */
@Deployment(resources = "processes/session-signup.bpmn")
class SessionSignupProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    private static final long SIGNUP = 12L;
    private static final String REF = "IT-12";
    private static final Date NOW = Date.from(
            ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ClockConfig.SWEDEN).toInstant());
    private static final Date REMINDER = Date.from(
            ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, ClockConfig.SWEDEN).toInstant());
    private static final Date ENDS = Date.from(
            ZonedDateTime.of(2026, 3, 10, 10, 30, 0, 0, ClockConfig.SWEDEN).toInstant());

    private final SessionNotifier notifier = mock(SessionNotifier.class);

    /** The schedule's dates, fixed (the real one reads the session through SessionService). */
    public static class FixedSchedule {
        public Date reminderAt(Long signupId) {
            return REMINDER;
        }

        public Date endsAt(Long signupId) {
            return ENDS;
        }
    }

    @BeforeEach
    void registerDelegates() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(NOW);
        AccessionSettings settings = new AccessionSettings();
        settings.setMailRetryCycle("R3/PT5M");
        SessionSignupDelegates delegates = new SessionSignupDelegates();
        Mocks.register("accessionSettings", settings);
        Mocks.register("sessionSchedule", new FixedSchedule());
        Mocks.register("sendSessionConfirmationDelegate", delegates.sendSessionConfirmationDelegate(notifier));
        Mocks.register("sendWaitingListNoticeDelegate", delegates.sendWaitingListNoticeDelegate(notifier));
        Mocks.register("sendSessionReminderDelegate", delegates.sendSessionReminderDelegate(notifier));
        Mocks.register("sendSignupCancelledDelegate", delegates.sendSignupCancelledDelegate(notifier));
        Mocks.register("sendSessionCancelledDelegate", delegates.sendSessionCancelledDelegate(notifier));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(boolean placed) {
        return runtimeService()
                .startProcessInstanceByKey(
                        SessionSignupProcess.KEY,
                        REF,
                        Map.of(
                                SessionSignupProcess.Variables.SIGNUP_ID,
                                SIGNUP,
                                SessionSignupProcess.Variables.PLACED,
                                placed));
    }

    private void correlate(String message) {
        runtimeService()
                .createMessageCorrelation(message)
                .processInstanceBusinessKey(REF)
                .correlateAll();
    }

    @Test
    void shouldConfirmRemindTheDayBeforeAndEndWhenTheSessionIsOver() {
        ProcessInstance pi = start(true);
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.SEND_CONFIRMATION);
        execute(job(pi));
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.DAY_BEFORE);
        assertThat(job(pi)).hasDueDate(REMINDER);
        execute(job(pi));
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.SEND_REMINDER);
        execute(job(pi));
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.SESSION_OVER);
        execute(job(pi));
        assertThat(pi)
                .isEnded()
                .hasPassedInOrder(
                        SessionSignupProcess.Elements.SEND_CONFIRMATION,
                        SessionSignupProcess.Elements.SEND_REMINDER,
                        SessionSignupProcess.Elements.SESSION_HELD);
        InOrder order = inOrder(notifier);
        order.verify(notifier).sendConfirmation(SIGNUP);
        order.verify(notifier).sendReminder(SIGNUP);
        verifyNoMoreInteractions(notifier);
    }

    @Test
    void shouldPutAFullSessionsSignupOnTheWaitingListAndConfirmWhenAPlaceFrees() {
        ProcessInstance pi = start(false);
        execute(job(pi));
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.PLACE_OFFERED);
        verify(notifier).sendWaitingList(SIGNUP);
        verify(notifier, never()).sendConfirmation(anyLong());
        correlate(SessionSignupProcess.Messages.PLACE_OFFERED);
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.SEND_CONFIRMATION);
        execute(job(pi));
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.DAY_BEFORE);
        verify(notifier).sendConfirmation(SIGNUP);
    }

    @Test
    void shouldConfirmTheCancellationWhenTheParticipantCancelsBeforeTheReminder() {
        ProcessInstance pi = start(true);
        execute(job(pi));
        correlate(SessionSignupProcess.Messages.SIGNUP_CANCELLED);
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.SEND_SIGNUP_CANCELLED);
        execute(job(pi));
        assertThat(pi)
                .isEnded()
                .hasPassed(SessionSignupProcess.Elements.SIGNUP_CANCELLED)
                .hasNotPassed(SessionSignupProcess.Elements.SEND_REMINDER);
        verify(notifier).sendSignupCancelled(SIGNUP);
    }

    @Test
    void shouldLeaveTheWaitingListWhenTheParticipantCancelsThere() {
        ProcessInstance pi = start(false);
        execute(job(pi));
        correlate(SessionSignupProcess.Messages.SIGNUP_CANCELLED);
        execute(job(pi));
        assertThat(pi)
                .isEnded()
                .hasPassed(SessionSignupProcess.Elements.SIGNUP_CANCELLED)
                .hasNotPassed(SessionSignupProcess.Elements.SEND_CONFIRMATION);
        verify(notifier).sendWaitingList(SIGNUP);
        verify(notifier).sendSignupCancelled(SIGNUP);
        verifyNoMoreInteractions(notifier);
    }

    @Test
    void shouldTellEveryoneWhenTheCaseworkerCancelsTheSession() {
        ProcessInstance pi = start(true);
        execute(job(pi));
        execute(job(pi)); // the day before: reminder job next
        correlate(SessionSignupProcess.Messages.SESSION_CANCELLED);
        assertThat(pi).isWaitingAt(SessionSignupProcess.Elements.SEND_SESSION_CANCELLED);
        execute(job(pi));
        assertThat(pi)
                .isEnded()
                .hasPassed(SessionSignupProcess.Elements.SESSION_CANCELLED)
                .hasNotPassed(SessionSignupProcess.Elements.SEND_REMINDER);
        verify(notifier).sendSessionCancelled(SIGNUP);
        verify(notifier, never()).sendReminder(anyLong());
    }

    @Test
    void shouldScheduleTheReminderAtNineTheDayBeforeInSwedishTime() {
        Instant start =
                ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, ClockConfig.SWEDEN).toInstant(); // the day after DST begins
        org.assertj.core.api.Assertions.assertThat(SessionSignupDelegates.SessionSchedule.dayBefore(start))
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 3, 29, 9, 0, 0, 0, ClockConfig.SWEDEN)
                        .toInstant()));
    }
}
