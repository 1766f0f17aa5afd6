package se.lansstyrelsen.jvg.invitation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.notification.InvitationNotifier;

/**
 * The invitation processes' service tasks (processes/invitation-round.bpmn, processes/invitation.bpmn), each a
 * thin {@link JavaDelegate} bean that reads ids from the execution and calls one service.
 */
@Configuration(proxyBeanMethods = false)
class InvitationDelegates {

    /** serviceTask_registerInvitationRound: validates the start form, creates the round and its invitations. */
    @Bean
    JavaDelegate registerInvitationRoundDelegate(InvitationService invitations) {
        return execution -> {
            String startedBy =
                    execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                            ? null
                            : execution
                                    .getProcessEngineServices()
                                    .getIdentityService()
                                    .getCurrentAuthentication()
                                    .getUserId();
            InvitationService.StartedRound round;
            try {
                round = invitations.startRound(execution.getVariables(), startedBy, execution.getProcessInstanceId());
            } catch (InvalidInputException e) {
                // Tasklist shows the message under the start form; nothing is stored.
                throw new FormFieldValidationException(e.field(), e.getMessage(), e);
            }
            execution.setProcessBusinessKey(InvitationProcess.roundBusinessKey(round.roundId()));
            execution.setVariable(InvitationProcess.Variables.ROUND_ID, round.roundId());
            execution.setVariable(
                    InvitationProcess.Variables.DEADLINE_AT, Date.from(ReminderPlan.deadlineEnd(round.deadline())));
        };
    }

    /** serviceTask_startInvitations: one invitation process per invited organisation. */
    @Bean
    JavaDelegate startInvitationsDelegate(InvitationService invitations, InvitationEngine engine) {
        return execution -> {
            long roundId = roundId(execution);
            invitations.invitationsOf(roundId).stream()
                    .filter(InvitationService.InvitationRef::open)
                    .forEach(i -> engine.startInvitation(roundId, i));
        };
    }

    /**
     * serviceTask_planNextReminder: when the next reminder goes out. With no session ahead yet, the timer only
     * looks again a day later (sessions are data and may be added while the round runs), never before the deadline.
     */
    @Bean
    JavaDelegate planNextReminderDelegate(
            InvitationService invitations, ReminderDates dates, InvitationSettings settings, Clock clock) {
        return execution -> {
            LocalDate deadline = invitations.deadlineOf(roundId(execution));
            ReminderPlan next = ReminderPlan.next(dates.upcomingSessionDates(), settings, deadline, clock.instant());
            execution.setVariable(
                    InvitationProcess.Variables.NEXT_REMINDER_SESSION,
                    next == null ? null : next.session().toString());
            execution.setVariable(
                    InvitationProcess.Variables.NEXT_REMINDER_AT,
                    Date.from(next == null ? ReminderPlan.recheck(clock.instant(), deadline) : next.at()));
        };
    }

    /** serviceTask_remindOpenInvitations: every open invitation of the round sends its reminder (none: a re-check). */
    @Bean
    JavaDelegate remindOpenInvitationsDelegate(InvitationEngine engine) {
        return execution -> {
            String session = (String) execution.getVariable(InvitationProcess.Variables.NEXT_REMINDER_SESSION);
            if (session != null) {
                engine.remind(roundId(execution), session);
            }
        };
    }

    /** serviceTask_closeInvitationRound: the round and its open invitations end. */
    @Bean
    JavaDelegate closeInvitationRoundDelegate(InvitationService invitations, InvitationEngine engine) {
        return execution -> {
            long roundId = roundId(execution);
            invitations.closeRound(roundId);
            engine.roundClosed(roundId);
        };
    }

    /** serviceTask_sendInvitation (async): the invitation e-mail, unless the organisation has already answered. */
    @Bean
    JavaDelegate sendInvitationDelegate(InvitationService invitations, InvitationNotifier notifier) {
        return execution -> {
            InvitationService.InvitationLetter letter = invitations.letter(invitationId(execution));
            if (letter.open()) {
                notifier.sendInvitation(asLetter(invitations, letter));
            }
            execution.setVariable(InvitationProcess.Variables.INVITATION_OPEN, letter.open());
        };
    }

    /** serviceTask_sendInvitationReminder (async): the reminder before the session named by the round. */
    @Bean
    JavaDelegate sendInvitationReminderDelegate(InvitationService invitations, InvitationNotifier notifier) {
        return execution -> {
            InvitationService.InvitationLetter letter = invitations.letter(invitationId(execution));
            if (letter.open()) {
                notifier.sendReminder(asLetter(invitations, letter), LocalDate.parse((String)
                        execution.getVariable(InvitationProcess.Variables.REMINDER_FOR)));
            }
            execution.setVariable(InvitationProcess.Variables.INVITATION_OPEN, letter.open());
        };
    }

    /** The letter; its link's token is issued only when the e-mail is actually sent (never twice on a retry). */
    private static InvitationNotifier.Letter asLetter(
            InvitationService invitations, InvitationService.InvitationLetter l) {
        return new InvitationNotifier.Letter(
                l.invitationId(),
                InvitationProcess.roundBusinessKey(l.roundId()),
                l.organisationName(),
                l.email(),
                () -> invitations.issueLink(l.invitationId()),
                l.message(),
                l.deadline());
    }

    private static long roundId(DelegateExecution execution) {
        return ((Number) execution.getVariable(InvitationProcess.Variables.ROUND_ID)).longValue();
    }

    private static long invitationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(InvitationProcess.Variables.INVITATION_ID)).longValue();
    }
}
