package se.lansstyrelsen.jvg.process;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.notification.SessionNotifier;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignupProcess;

/**
 * The backing of processes/session-signup.bpmn: each service task sends one e-mail for the sign-up, and
 * {@code sessionSchedule} gives the timers their dates.
 */
@Configuration
class SessionSignupDelegates {

    /** Reminders go out at this time of day, the day before the session. */
    static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

    static final ProcessVariable<Long> SIGNUP_ID =
            ProcessVariable.server(SessionSignupProcess.Variables.SIGNUP_ID, Long.class);

    static Long signupId(DelegateExecution execution) {
        return SIGNUP_ID.get(execution);
    }

    @Bean
    JavaDelegate sendSessionConfirmationDelegate(SessionNotifier notifier) {
        return e -> notifier.sendConfirmation(signupId(e));
    }

    @Bean
    JavaDelegate sendWaitingListNoticeDelegate(SessionNotifier notifier) {
        return e -> notifier.sendWaitingList(signupId(e));
    }

    @Bean
    JavaDelegate sendSessionReminderDelegate(SessionNotifier notifier) {
        return e -> notifier.sendReminder(signupId(e));
    }

    @Bean
    JavaDelegate sendSignupCancelledDelegate(SessionNotifier notifier) {
        return e -> notifier.sendSignupCancelled(signupId(e));
    }

    @Bean
    JavaDelegate sendSessionCancelledDelegate(SessionNotifier notifier) {
        return e -> notifier.sendSessionCancelled(signupId(e));
    }

    @Bean
    SessionSchedule sessionSchedule(SessionService sessions) {
        return new SessionSchedule(sessions);
    }

    /** The timers' dates, read from the session when the timer is created. */
    public static class SessionSchedule {
        private final SessionService sessions;

        SessionSchedule(SessionService sessions) {
            this.sessions = sessions;
        }

        /** 09.00 Swedish time the day before the session. */
        public Date reminderAt(Long signupId) {
            InformationSession s = sessions.signup(signupId).getSession();
            return dayBefore(s.getStartsAt());
        }

        public Date endsAt(Long signupId) {
            return Date.from(sessions.signup(signupId).getSession().getEndsAt());
        }

        static Date dayBefore(Instant startsAt) {
            return Date.from(startsAt.atZone(ClockConfig.SWEDEN)
                    .toLocalDate()
                    .minusDays(1)
                    .atTime(REMINDER_TIME)
                    .atZone(ClockConfig.SWEDEN)
                    .toInstant());
        }
    }
}
