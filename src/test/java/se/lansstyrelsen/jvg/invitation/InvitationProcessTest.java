package se.lansstyrelsen.jvg.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.lansstyrelsen.jvg.invitation.InvitationProcess.Elements.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.notification.InvitationNotifier;

/**
 * One scenario per path through processes/invitation-round.bpmn and processes/invitation.bpmn, on an in-memory
 * engine with the real delegates and message correlation, services and e-mail mocked; jobs run explicitly.
 */
@Deployment(
        resources = {"processes/invitation-round.bpmn", "processes/invitation.bpmn", "forms/invitation-round-start.form"
        })
class InvitationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    private static final ZonedDateTime NOW = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, ClockConfig.SWEDEN);
    private static final LocalDate DEADLINE = LocalDate.of(2027, 4, 30);
    private static final LocalDate SESSION = LocalDate.of(2027, 4, 17);
    private static final long ROUND = 5L;

    private final InvitationService invitations = mock(InvitationService.class);
    private final InvitationNotifier notifier = mock(InvitationNotifier.class);
    private final List<LocalDate> sessions = new ArrayList<>();
    private InvitationEngine invitationEngine;

    @BeforeEach
    void registerDelegates() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        invitationEngine = new InvitationEngine(runtimeService());
        Clock engineClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ClockConfig.SWEDEN;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
        InvitationDelegates delegates = new InvitationDelegates();
        InvitationSettings settings = new InvitationSettings();
        Mocks.register("accessionSettings", new AccessionSettings());
        Mocks.register("registerInvitationRoundDelegate", delegates.registerInvitationRoundDelegate(invitations));
        Mocks.register("startInvitationsDelegate", delegates.startInvitationsDelegate(invitations, invitationEngine));
        Mocks.register(
                "planNextReminderDelegate",
                delegates.planNextReminderDelegate(invitations, () -> sessions, settings, engineClock));
        Mocks.register("remindOpenInvitationsDelegate", delegates.remindOpenInvitationsDelegate(invitationEngine));
        Mocks.register(
                "closeInvitationRoundDelegate", delegates.closeInvitationRoundDelegate(invitations, invitationEngine));
        Mocks.register("sendInvitationDelegate", delegates.sendInvitationDelegate(invitations, notifier));
        Mocks.register(
                "sendInvitationReminderDelegate", delegates.sendInvitationReminderDelegate(invitations, notifier));
        when(invitations.deadlineOf(ROUND)).thenReturn(DEADLINE);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldEndTheInvitationWhenTheOrganisationSubmitsAnAccession() {
        ProcessInstance invitation = startInvitation(10L, true);
        execute(job(invitation));
        verify(notifier).sendInvitation(any());
        assertThat(invitation).isWaitingAt(AWAIT_ANSWER);

        when(invitations.accessionSubmitted(null, "212000-1355", "KOMMUN", "1480", "JVG-2027-0001"))
                .thenReturn(List.of(InvitationProcess.businessKey(ROUND, 10L)));
        new InvitationAnswers(invitations, invitationEngine)
                .accessionSubmitted(null, "212000-1355", "KOMMUN", "1480", "JVG-2027-0001");

        assertThat(invitation).hasPassed(ACCESSION_SUBMITTED).isEnded();
        assertThat(invitation).hasPassedInOrder(SEND_INVITATION, ACCESSION_SUBMITTED, ANSWERED);
        assertThat(invitation).variables().containsEntry(InvitationProcess.Variables.CASE_NUMBER, "JVG-2027-0001");
    }

    @Test
    void shouldLetAnAccessionWithoutAnInvitationPassWithoutError() {
        ProcessInstance invitation = startInvitation(10L, true);
        execute(job(invitation));
        when(invitations.accessionSubmitted(any(), any(), any(), any(), any())).thenReturn(List.of());

        assertThat(new InvitationAnswers(invitations, invitationEngine)
                        .accessionSubmitted(null, "202100-2411", "REGION", null, "JVG-2027-0002"))
                .isEmpty();
        assertThat(invitation).isWaitingAt(AWAIT_ANSWER);
    }

    @Test
    void shouldEndExactlyTheInvitationWhoseLinkTheAccessionCameThrough() {
        ProcessInstance linked = startInvitation(11L, true);
        ProcessInstance other = startInvitation(12L, true);
        execute(job(linked));
        execute(job(other));
        // An organisation without a known number: only the link (invitation 11) ties the accession to it.
        when(invitations.accessionSubmitted(11L, "202100-2411", "REGION", null, "JVG-2027-0003"))
                .thenReturn(List.of(InvitationProcess.businessKey(ROUND, 11L)));

        assertThat(new InvitationAnswers(invitations, invitationEngine)
                        .accessionSubmitted(11L, "202100-2411", "REGION", null, "JVG-2027-0003"))
                .containsExactly(InvitationProcess.businessKey(ROUND, 11L));
        assertThat(linked)
                .hasPassedInOrder(SEND_INVITATION, ACCESSION_SUBMITTED, ANSWERED)
                .isEnded();
        assertThat(other).isWaitingAt(AWAIT_ANSWER);
    }

    @Test
    void shouldEndWithoutWaitingWhenTheOrganisationAnsweredBeforeTheInvitationWentOut() {
        ProcessInstance invitation = startInvitation(10L, false);
        execute(job(invitation));

        verify(notifier, never()).sendInvitation(any());
        assertThat(invitation).hasPassed(ANSWERED_MEANWHILE).isEnded();
    }

    @Test
    void shouldInviteEveryOrganisationAndCloseOpenInvitationsAtTheDeadline() {
        ProcessInstance round = startRound(10L, 11L);
        List<ProcessInstance> invited = invitationsOf(round);
        assertThat(invited).hasSize(2);
        invited.forEach(i -> execute(job(i)));
        verify(notifier, times(2)).sendInvitation(any());
        assertThat(round).isWaitingAt(AWAIT_ROUND_EVENT);
        // No session ahead: the reminder timer only looks again a day later.
        assertThat(timer(round, REMINDER_DUE).getDuedate().toInstant())
                .isEqualTo(NOW.plusDays(1).toInstant());
        assertThat(timer(round, DEADLINE_REACHED).getDuedate().toInstant())
                .isEqualTo(DEADLINE.plusDays(1).atStartOfDay(ClockConfig.SWEDEN).toInstant());

        execute(timer(round, DEADLINE_REACHED));

        verify(invitations).closeRound(ROUND);
        assertThat(round)
                .hasPassedInOrder(DEADLINE_REACHED, InvitationProcess.Elements.CLOSE_ROUND, ROUND_CLOSED)
                .isEnded();
        invited.forEach(i -> assertThat(i)
                .hasPassed(ROUND_CLOSED_FOR_INVITATION)
                .hasPassed(UNANSWERED)
                .isEnded());
    }

    @Test
    void shouldRemindOpenInvitationsBeforeEachInformationSession() {
        sessions.add(SESSION);
        ProcessInstance round = startRound(10L);
        ProcessInstance invitation = invitationsOf(round).get(0);
        execute(job(invitation));
        Job reminder = timer(round, REMINDER_DUE);
        assertThat(reminder.getDuedate().toInstant())
                .isEqualTo(ZonedDateTime.of(SESSION.minusDays(7), java.time.LocalTime.of(8, 0), ClockConfig.SWEDEN)
                        .toInstant());

        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        assertThat(invitation).isWaitingAt(SEND_REMINDER);
        execute(job(invitation));

        verify(notifier).sendReminder(any(), eq(SESSION));
        assertThat(invitation).isWaitingAt(AWAIT_ANSWER);
        // The session has been reminded of: no reminder is planned, the round looks again a day later.
        assertThat(round).isWaitingAt(AWAIT_ROUND_EVENT);
        assertThat(round).variables().containsEntry(InvitationProcess.Variables.NEXT_REMINDER_SESSION, null);
        assertThat(timer(round, REMINDER_DUE).getDuedate().toInstant())
                .isEqualTo(reminder.getDuedate().toInstant().plus(java.time.Duration.ofDays(1)));
    }

    @Test
    void shouldNotRemindOfASessionAfterTheDeadline() {
        sessions.add(DEADLINE.plusDays(20));
        ProcessInstance round = startRound(10L);

        assertThat(round).variables().containsEntry(InvitationProcess.Variables.NEXT_REMINDER_SESSION, null);
        assertThat(timer(round, REMINDER_DUE).getDuedate().toInstant())
                .isEqualTo(NOW.plusDays(1).toInstant());
    }

    @Test
    void shouldNoticeASessionAddedWhileTheRoundRuns() {
        ProcessInstance round = startRound(10L);
        ProcessInstance invitation = invitationsOf(round).get(0);
        execute(job(invitation));
        Job recheck = timer(round, REMINDER_DUE);

        sessions.add(SESSION);
        ClockUtil.setCurrentTime(recheck.getDuedate());
        execute(recheck);

        verify(notifier, never()).sendReminder(any(), any());
        assertThat(invitation).isWaitingAt(AWAIT_ANSWER);
        assertThat(round)
                .variables()
                .containsEntry(InvitationProcess.Variables.NEXT_REMINDER_SESSION, SESSION.toString());
        assertThat(timer(round, REMINDER_DUE).getDuedate().toInstant())
                .isEqualTo(ZonedDateTime.of(SESSION.minusDays(7), java.time.LocalTime.of(8, 0), ClockConfig.SWEDEN)
                        .toInstant());
    }

    @Test
    void shouldLookAgainOnlyAfterTheDeadlineOnItsLastDay() {
        Instant lastEvening = ReminderPlan.deadlineEnd(DEADLINE).minus(java.time.Duration.ofHours(2));

        assertThat(ReminderPlan.recheck(lastEvening, DEADLINE)).isAfter(ReminderPlan.deadlineEnd(DEADLINE));
        assertThat(ReminderPlan.recheck(NOW.toInstant(), DEADLINE))
                .isEqualTo(NOW.plusDays(1).toInstant());
    }

    @Test
    void shouldCloseTheRoundWhenACaseworkerClosesIt() {
        ProcessInstance round = startRound(10L);
        ProcessInstance invitation = invitationsOf(round).get(0);
        execute(job(invitation));

        assertThat(invitationEngine.closeRound(ROUND)).isTrue();

        verify(invitations).closeRound(ROUND);
        assertThat(round).hasPassed(CLOSED_BY_CASEWORKER).isEnded();
        assertThat(invitation).hasPassed(UNANSWERED).isEnded();
        assertThat(invitationEngine.closeRound(ROUND)).isFalse();
    }

    @Test
    void shouldRefuseAStartFormTheServiceRejectsAndStartNothing() {
        when(invitations.startRound(anyMap(), any(), any()))
                .thenThrow(new InvalidInputException(
                        InvitationProcess.StartForm.DEADLINE, "Sista svarsdag måste vara efter i dag."));
        String definition = repositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(InvitationProcess.ROUND_KEY)
                .singleResult()
                .getId();

        assertThatThrownBy(() -> formService().submitStartForm(definition, Map.of()))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Sista svarsdag");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    private ProcessInstance startRound(Long... invitationIds) {
        List<InvitationService.InvitationRef> refs = new ArrayList<>();
        for (Long id : invitationIds) {
            refs.add(new InvitationService.InvitationRef(id, InvitationProcess.businessKey(ROUND, id), true));
            when(invitations.letter(id)).thenReturn(letter(id, true));
        }
        when(invitations.startRound(anyMap(), any(), any()))
                .thenReturn(new InvitationService.StartedRound(ROUND, DEADLINE, List.of(invitationIds), List.of()));
        when(invitations.invitationsOf(ROUND)).thenReturn(refs);
        String definition = repositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(InvitationProcess.ROUND_KEY)
                .singleResult()
                .getId();
        ProcessInstance round = formService().submitStartForm(definition, Map.of("roundName", "Våren 2027"));
        assertThat(round).isWaitingAt(START_INVITATIONS).hasBusinessKey(InvitationProcess.roundBusinessKey(ROUND));
        execute(job(round));
        return round;
    }

    private ProcessInstance startInvitation(long id, boolean open) {
        when(invitations.letter(id)).thenReturn(letter(id, open));
        return runtimeService()
                .createProcessInstanceByKey(InvitationProcess.INVITATION_KEY)
                .businessKey(InvitationProcess.businessKey(ROUND, id))
                .setVariable(InvitationProcess.Variables.ROUND_ID, ROUND)
                .setVariable(InvitationProcess.Variables.INVITATION_ID, id)
                .execute();
    }

    private static InvitationService.InvitationLetter letter(long id, boolean open) {
        return new InvitationService.InvitationLetter(
                id,
                ROUND,
                "Organisation " + id,
                "org" + id + "@example.org",
                "Välkommen att ansluta er.",
                DEADLINE,
                open);
    }

    private static List<ProcessInstance> invitationsOf(ProcessInstance round) {
        return runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(InvitationProcess.INVITATION_KEY)
                .variableValueEquals(InvitationProcess.Variables.ROUND_ID, ROUND)
                .orderByProcessInstanceId()
                .asc()
                .list();
    }

    private static Job job(ProcessInstance instance) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .singleResult();
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }
}
