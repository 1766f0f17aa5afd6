package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static se.lansstyrelsen.jvg.process.AccessionProcess.Elements.*;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.AccessionService.Registered;
import se.lansstyrelsen.jvg.accession.CaseworkerDecisions;
import se.lansstyrelsen.jvg.accession.ReviewDecision;
import se.lansstyrelsen.jvg.accession.ReviewOutcome;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.notification.AccessionNotifier;

/**
 * One scenario per path through processes/accession.bpmn, on an in-memory engine with the real
 * delegates and mocked services; jobs and timers are executed explicitly.
 */
@Deployment(
        resources = {
            "processes/accession.bpmn",
            "forms/accession-start.form",
            "forms/accession-review.form",
            "forms/accession-registration.form",
            "forms/contact-follow-up.form",
            "forms/not-completed-decision.form"
        })
class AccessionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    private static final String CASE = "JVG-2026-0042";
    private static final long ACCESSION_ID = 42L;
    private static final long FOLLOW_UP_ID = 7L;
    private static final Date NOW = Date.from(
            ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ClockConfig.SWEDEN).toInstant());

    private final AccessionService accessions = mock(AccessionService.class);
    private final CaseworkerDecisions decisions = mock(CaseworkerDecisions.class);
    private final AccessionNotifier notifier = mock(AccessionNotifier.class);
    private final AccessionSettings settings = new AccessionSettings();
    private final CaseLookup cases = new CaseLookup(accessions);

    @BeforeEach
    void registerDelegates() {
        // Other test classes in the same JVM may leave Spring-managed engines registered.
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(NOW);
        settings.setReviewDue(Period.ofDays(10));
        settings.setFollowUpDue(Period.ofDays(3));
        settings.setRegistrationDue(Period.ofDays(4));
        settings.setNotCompletedDecisionDue(Period.ofDays(2));
        settings.setCompletionWait(Period.ofDays(14));
        settings.setMaxReminders(2);
        settings.setMailRetryCycle("R3/PT5M");
        Mocks.register("accessionSettings", settings);
        // Every @Bean of the backing configuration under its bean name, as the application context has them.
        for (Object delegates : List.of(
                new AccessionDelegates(
                        accessions, decisions, cases, mock(se.lansstyrelsen.jvg.invitation.InvitationAnswers.class)),
                new AccessionMailDelegates(notifier, cases, settings))) {
            for (java.lang.reflect.Method bean : delegates.getClass().getDeclaredMethods()) {
                if (bean.isAnnotationPresent(org.springframework.context.annotation.Bean.class)) {
                    Mocks.register(bean.getName(), invoke(bean, delegates));
                }
            }
        }
        when(accessions.registerSubmission(anyMap(), any(), any(), any()))
                .thenReturn(new Registered(ACCESSION_ID, CASE, false, null, "212000-1355"));
        when(decisions.recordFollowUp(eq(ACCESSION_ID), any(), any(), any(), any()))
                .thenReturn(FOLLOW_UP_ID);
        when(accessions.idOfCase(CASE)).thenReturn(ACCESSION_ID);
    }

    private static Object invoke(java.lang.reflect.Method bean, Object configuration) {
        try {
            return bean.invoke(configuration);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldRegisterAnApprovedAccessionAndConfirmIt() {
        ProcessInstance pi = startAndReachReview();

        assertThat(pi)
                .task()
                .hasDefinitionKey(REVIEW)
                .hasCandidateGroup("caseworkers")
                .hasDueDate(plusDays(NOW, 10));
        taskService().complete(task(pi).getId(), approve());

        assertThat(pi)
                .isWaitingAt(REGISTER)
                .task()
                .hasCandidateGroup("caseworkers")
                .hasDueDate(plusDays(NOW, 4));
        taskService()
                .complete(task(pi).getId(), Map.of("registrationReference", "801-9838-2024", "goalsConfirmed", true));
        assertThat(pi).isWaitingAt(SEND_CONFIRMATION);
        execute(job());

        assertThat(pi)
                .hasPassedInOrder(
                        START,
                        REGISTER_SUBMISSION,
                        SEND_RECEIPT,
                        REVIEW,
                        RECORD_REVIEW,
                        REGISTER,
                        REGISTER_ORGANISATION,
                        SEND_CONFIRMATION,
                        REGISTERED)
                .isEnded();
        assertThat(pi).hasNotPassed(FOLLOW_UP, SEND_REJECTION);
        InOrder order = inOrder(accessions, decisions, notifier);
        order.verify(accessions).registerSubmission(anyMap(), eq(CASE), eq(pi.getId()), isNull());
        order.verify(notifier).sendReceiptAndNotice(ACCESSION_ID);
        order.verify(decisions)
                .recordReview(
                        eq(ACCESSION_ID),
                        eq(new ReviewDecision(ReviewOutcome.APPROVE, true, true, true, true, "Allt ser bra ut", null)),
                        isNull());
        order.verify(decisions).registerOrganisation(ACCESSION_ID, "801-9838-2024", true, null);
        order.verify(notifier).sendConfirmation(ACCESSION_ID);
        verify(accessions, org.mockito.Mockito.atLeastOnce()).idOfCase(CASE); // the case comes from the business key
        verifyNoMoreInteractions(accessions, decisions, notifier);
    }

    @Test
    void shouldReturnToReviewWhenTheOrganisationCompletesItsAccession() {
        ProcessInstance pi = startAndReachReview();
        taskService()
                .complete(
                        task(pi).getId(),
                        Map.of("reviewOutcome", "REQUEST_COMPLETION", "reviewComment", "Beslutsdatum saknas"));

        assertThat(pi)
                .isWaitingAt(CONTACT_CONTACT_PERSON)
                .task()
                .hasCandidateGroup("caseworkers")
                .hasDueDate(plusDays(NOW, 3));
        taskService()
                .complete(
                        task(pi).getId(),
                        Map.of(
                                "missingInformation",
                                "Protokollsutdrag saknas",
                                "contactMethod",
                                "PHONE",
                                "followUpNote",
                                "Ringde Karin"));
        assertThat(pi).isWaitingAt(SEND_COMPLETION_REQUEST);
        execute(job());
        assertThat(pi).isWaitingAt(AWAIT_COMPLETION).variables().containsEntry("reminderCount", 0);

        runtimeService()
                .createMessageCorrelation(AccessionProcess.Messages.COMPLETED)
                .processInstanceBusinessKey(CASE)
                .correlate();

        // The review is back at once; beside it, the caseworker's notice waits for its own job (after commit).
        assertThat(pi).isWaitingAt(REVIEW, SEND_COMPLETION_ARRIVED);
        verify(notifier, never()).sendCompletionArrived(any(), any());
        execute(job(SEND_COMPLETION_ARRIVED, pi));
        verify(notifier)
                .sendCompletionArrived(
                        ACCESSION_ID,
                        List.of(se.lansstyrelsen.jvg.notification.CaseworkerRecipient.mailbox(
                                settings.getCaseworkerMailbox())));
        taskService().complete(task(pi).getId(), approve());
        taskService()
                .complete(task(pi).getId(), Map.of("registrationReference", "801-9838-2024", "goalsConfirmed", true));
        execute(job());

        assertThat(pi)
                .hasPassedInOrder(
                        REVIEW,
                        RECORD_REVIEW,
                        CONTACT_CONTACT_PERSON,
                        RECORD_FOLLOW_UP,
                        SEND_COMPLETION_REQUEST,
                        COMPLETION_RECEIVED,
                        RESUME_REVIEW,
                        REVIEW,
                        REGISTER,
                        SEND_CONFIRMATION,
                        REGISTERED)
                .hasPassed(SEND_COMPLETION_ARRIVED, CASEWORKER_TOLD_OF_COMPLETION)
                .isEnded();
        verify(decisions).recordFollowUp(ACCESSION_ID, "Protokollsutdrag saknas", "PHONE", "Ringde Karin", null);
        verify(notifier).sendCompletionRequest(ACCESSION_ID, FOLLOW_UP_ID);
        verify(accessions).resumeReview(ACCESSION_ID);
        verify(notifier, never()).sendCompletionReminder(any(), any(), org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void shouldRemindTwiceThenCloseAsNotCompletedWhenTheCaseworkerDecides() {
        ProcessInstance pi = reachCompletionWait();

        for (int reminder = 1; reminder <= 2; reminder++) {
            assertThat(job(COMPLETION_WAIT_EXPIRED, pi)).hasDueDate(plusDays(ClockUtil.getCurrentTime(), 14));
            execute(job(COMPLETION_WAIT_EXPIRED, pi));
            assertThat(pi).isWaitingAt(SEND_COMPLETION_REMINDER);
            execute(job(SEND_COMPLETION_REMINDER, pi));
            verify(notifier).sendCompletionReminder(ACCESSION_ID, FOLLOW_UP_ID, reminder);
            assertThat(pi).variables().containsEntry("reminderCount", reminder);
        }
        execute(job(COMPLETION_WAIT_EXPIRED, pi));

        assertThat(pi)
                .isWaitingAt(DECIDE_NOT_COMPLETED)
                .task()
                .hasCandidateGroup("caseworkers")
                .hasDueDate(plusDays(ClockUtil.getCurrentTime(), 2));
        taskService()
                .complete(
                        task(pi).getId(),
                        Map.of("notCompletedDecision", "CLOSE", "notCompletedComment", "Ingen kontakt"));
        assertThat(pi).isWaitingAt(SEND_NOT_COMPLETED);
        execute(job());

        assertThat(pi)
                .hasPassedInOrder(
                        SEND_COMPLETION_REQUEST,
                        COMPLETION_WAIT_EXPIRED,
                        SEND_COMPLETION_REMINDER,
                        COMPLETION_WAIT_EXPIRED,
                        SEND_COMPLETION_REMINDER,
                        COMPLETION_WAIT_EXPIRED,
                        DECIDE_NOT_COMPLETED,
                        NOT_COMPLETED_BOUNDARY,
                        CLOSE_NOT_COMPLETED,
                        SEND_NOT_COMPLETED,
                        NOT_COMPLETED)
                .isEnded();
        assertThat(pi).hasNotPassed(REVIEW_OVERDUE, REGISTER, RESUME_REVIEW);
        verify(decisions).closeNotCompleted(ACCESSION_ID, "Ingen kontakt", null);
        verify(notifier).sendNotCompleted(ACCESSION_ID);
        verify(notifier, never()).sendCompletionReminder(ACCESSION_ID, FOLLOW_UP_ID, 3);
    }

    @Test
    void shouldWaitAnotherPeriodWithoutFurtherRemindersWhenTheCaseworkerChoosesToWait() {
        ProcessInstance pi = reachCompletionWait();
        for (int i = 0; i < 2; i++) {
            execute(job(COMPLETION_WAIT_EXPIRED, pi));
            execute(job(SEND_COMPLETION_REMINDER, pi));
        }
        execute(job(COMPLETION_WAIT_EXPIRED, pi));
        taskService().complete(task(pi).getId(), Map.of("notCompletedDecision", "WAIT_AGAIN"));

        assertThat(pi).isWaitingAt(AWAIT_COMPLETION);
        execute(job(COMPLETION_WAIT_EXPIRED, pi));
        assertThat(pi).isWaitingAt(DECIDE_NOT_COMPLETED);
        verify(notifier, org.mockito.Mockito.times(2))
                .sendCompletionReminder(eq(ACCESSION_ID), eq(FOLLOW_UP_ID), org.mockito.ArgumentMatchers.anyInt());
    }

    @Test
    void shouldSendTheReasonWhenTheAccessionIsRejected() {
        ProcessInstance pi = startAndReachReview();
        taskService()
                .complete(
                        task(pi).getId(),
                        Map.of(
                                "reviewOutcome",
                                "REJECT",
                                "rejectionReason",
                                "Organisationen verkar inte i Västra Götaland"));

        assertThat(pi).isWaitingAt(SEND_REJECTION);
        execute(job());

        assertThat(pi)
                .hasPassedInOrder(REVIEW, RECORD_REVIEW, SEND_REJECTION, REJECTED)
                .isEnded();
        assertThat(pi).hasNotPassed(REGISTER, FOLLOW_UP);
        verify(decisions)
                .recordReview(
                        eq(ACCESSION_ID),
                        eq(new ReviewDecision(
                                ReviewOutcome.REJECT,
                                false,
                                false,
                                false,
                                false,
                                null,
                                "Organisationen verkar inte i Västra Götaland")),
                        isNull());
        verify(notifier).sendRejection(ACCESSION_ID);
    }

    @Test
    void shouldEndTheCaseWhenTheOrganisationWithdrawsWhileWaitingForCompletion() {
        ProcessInstance pi = reachCompletionWait();

        runtimeService()
                .createMessageCorrelation(AccessionProcess.Messages.WITHDRAWN)
                .processInstanceBusinessKey(CASE)
                .setVariable("withdrawalReason", "Beslutet upphävt")
                .correlate();
        assertThat(pi).isWaitingAt(SEND_WITHDRAWAL, SEND_WITHDRAWAL_NOTICE);
        execute(job(SEND_WITHDRAWAL, pi));
        execute(job(SEND_WITHDRAWAL_NOTICE, pi));

        assertThat(pi)
                .hasPassedInOrder(SEND_COMPLETION_REQUEST, WITHDRAWAL_START, MARK_WITHDRAWN, SEND_WITHDRAWAL, WITHDRAWN)
                .hasPassed(SEND_WITHDRAWAL_NOTICE, CASEWORKER_TOLD_OF_WITHDRAWAL)
                .isEnded();
        assertThat(pi).hasNotPassed(COMPLETION_RECEIVED, RESUME_REVIEW);
        verify(accessions).markWithdrawn(ACCESSION_ID, "Beslutet upphävt");
        verify(notifier).sendWithdrawalConfirmation(ACCESSION_ID);
        verify(notifier)
                .sendWithdrawalNotice(
                        ACCESSION_ID,
                        List.of(se.lansstyrelsen.jvg.notification.CaseworkerRecipient.mailbox(
                                settings.getCaseworkerMailbox())));
    }

    @Test
    void shouldEndTheCaseWhenTheOrganisationWithdrawsDuringReview() {
        ProcessInstance pi = startAndReachReview();
        taskService().claim(task(pi).getId(), "kim");
        engine.getProcessEngine().getIdentityService().saveUser(user("kim", "kim@lansstyrelsen.example"));
        runtimeService().correlateMessage(AccessionProcess.Messages.WITHDRAWN, CASE);
        execute(job(SEND_WITHDRAWAL, pi));
        execute(job(SEND_WITHDRAWAL_NOTICE, pi));

        assertThat(pi)
                .hasPassedInOrder(REVIEW, WITHDRAWAL_START, MARK_WITHDRAWN, SEND_WITHDRAWAL, WITHDRAWN)
                .isEnded();
        // The person who held the cancelled review is told, not the mailbox.
        verify(notifier)
                .sendWithdrawalNotice(
                        ACCESSION_ID,
                        List.of(new se.lansstyrelsen.jvg.notification.CaseworkerRecipient(
                                "kim", "Kim Handläggare", "kim@lansstyrelsen.example")));
        engine.getProcessEngine().getIdentityService().deleteUser("kim");
        assertThat(pi).hasNotPassed(RECORD_REVIEW);
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .isZero();
    }

    @Test
    void shouldTellEveryCaseworkerWithAnAddressWhenNoOneHoldsTheCaseAndNoMailboxIsSet() {
        var identity = engine.getProcessEngine().getIdentityService();
        settings.setCaseworkerMailbox("");
        identity.saveGroup(identity.newGroup(AccessionProcess.CASEWORKER_GROUP));
        identity.saveUser(user("anna", "anna@lansstyrelsen.example"));
        identity.saveUser(user("bo", null));
        identity.createMembership("anna", AccessionProcess.CASEWORKER_GROUP);
        identity.createMembership("bo", AccessionProcess.CASEWORKER_GROUP);
        try {
            ProcessInstance pi = reachCompletionWait();
            runtimeService().correlateMessage(AccessionProcess.Messages.COMPLETED, CASE);
            execute(job(SEND_COMPLETION_ARRIVED, pi));

            verify(notifier)
                    .sendCompletionArrived(
                            ACCESSION_ID,
                            List.of(new se.lansstyrelsen.jvg.notification.CaseworkerRecipient(
                                    "anna", "Kim Handläggare", "anna@lansstyrelsen.example")));
        } finally {
            identity.deleteUser("anna");
            identity.deleteUser("bo");
            identity.deleteGroup(AccessionProcess.CASEWORKER_GROUP);
        }
    }

    @Test
    void shouldFlagAPossibleDuplicateForTheReviewer() {
        when(accessions.registerSubmission(anyMap(), any(), any(), any()))
                .thenReturn(new Registered(ACCESSION_ID, CASE, true, "JVG-2026-0007", "212000-1355"));
        ProcessInstance pi = startAndReachReview();

        assertThat(pi)
                .isWaitingAt(REVIEW)
                .variables()
                .containsEntry("possibleDuplicate", true)
                .containsEntry("accessionId", ACCESSION_ID)
                .containsEntry("caseNumber", CASE)
                .containsEntry("possibleDuplicateOf", "JVG-2026-0007");
    }

    @Test
    void shouldSetTheCaseNumberAsBusinessKeyWhenStartedFromTasklist() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(AccessionProcess.KEY, startVariables());

        assertThat(pi).hasBusinessKey(CASE).hasPassed(REGISTER_SUBMISSION).isWaitingAt(SEND_RECEIPT);
        verify(accessions).registerSubmission(anyMap(), isNull(), eq(pi.getId()), isNull());
    }

    @Test
    void shouldRemindTheCaseworkersWhenTheReviewIsOverdueAndKeepTheTaskOpen() {
        ProcessInstance pi = startAndReachReview();

        assertThat(job(REVIEW_OVERDUE, pi)).hasDueDate(plusDays(NOW, 10));
        execute(job(REVIEW_OVERDUE, pi));
        execute(job(REMIND_REVIEW_OVERDUE, pi));

        assertThat(pi)
                .hasPassed(REMIND_REVIEW_OVERDUE, "endEvent_reviewReminderSent")
                .isWaitingAt(REVIEW);
        verify(notifier).sendReviewOverdue(ACCESSION_ID);
    }

    private ProcessInstance startAndReachReview() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(AccessionProcess.KEY, CASE, startVariables());
        assertThat(pi).hasPassed(REGISTER_SUBMISSION).isWaitingAt(SEND_RECEIPT);
        assertThat(job()).hasRetries(3);
        execute(job());
        assertThat(pi).isWaitingAt(REVIEW);
        return pi;
    }

    private ProcessInstance reachCompletionWait() {
        ProcessInstance pi = startAndReachReview();
        taskService().complete(task(pi).getId(), Map.of("reviewOutcome", "REQUEST_COMPLETION"));
        taskService()
                .complete(task(pi).getId(), Map.of("missingInformation", "Beslutsdatum", "contactMethod", "EMAIL"));
        execute(job());
        assertThat(pi).isWaitingAt(AWAIT_COMPLETION);
        return pi;
    }

    private static Map<String, Object> approve() {
        Map<String, Object> v = new HashMap<>();
        v.put("reviewOutcome", "APPROVE");
        v.put("checkDecisionStated", true);
        v.put("checkGoalsChosen", true);
        v.put("checkContactComplete", true);
        v.put("checkOrganisationEligible", true);
        v.put("reviewComment", "Allt ser bra ut");
        return v;
    }

    private static Map<String, Object> startVariables() {
        Map<String, Object> v = new HashMap<>();
        v.put("organisationName", "Göteborgs Stad");
        v.put("organisationNumber", "212000-1355");
        v.put("goalsMakt", List.of("MAKT-1"));
        return v;
    }

    private static org.camunda.bpm.engine.identity.User user(String id, String email) {
        org.camunda.bpm.engine.identity.User u =
                engine.getProcessEngine().getIdentityService().newUser(id);
        u.setFirstName("Kim");
        u.setLastName("Handläggare");
        u.setEmail(email);
        return u;
    }

    private static Date plusDays(Date from, int days) {
        return Date.from(ZonedDateTime.ofInstant(from.toInstant(), ZoneId.systemDefault())
                .plusDays(days)
                .toInstant());
    }

    static ProcessEngine engine() {
        return engine.getProcessEngine();
    }
}
