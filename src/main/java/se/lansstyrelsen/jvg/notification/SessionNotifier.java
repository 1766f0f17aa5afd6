package se.lansstyrelsen.jvg.notification;

import java.net.URI;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.session.SessionCalendar;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;
import se.lansstyrelsen.jvg.session.UpcomingSessions;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * Every e-mail about a sign-up for an information session, keyed by the sign-up's reference and type so a
 * retried job never sends one twice. The confirmation carries the .ics invitation; confirmation and
 * waiting-list e-mails carry a cancellation link (issued only when the e-mail is actually sent).
 */
@Service
public class SessionNotifier {

    private final SessionService sessions;
    private final UpcomingSessions upcoming;
    private final MailDelivery delivery;
    private final GoalCatalogue catalogue;
    private final AccessionSettings settings;

    SessionNotifier(
            SessionService sessions,
            UpcomingSessions upcoming,
            MailDelivery delivery,
            GoalCatalogue catalogue,
            AccessionSettings settings) {
        this.sessions = sessions;
        this.upcoming = upcoming;
        this.delivery = delivery;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    public void sendConfirmation(Long signupId) {
        SessionSignup s = sessions.signup(signupId);
        byte[] ics = SessionCalendar.invitation(s.getSession(), s.getReference(), host(), settings.getMailFrom());
        send(
                s,
                NotificationType.SESSION_CONFIRMATION,
                true,
                new MailDelivery.Attachment(SessionCalendar.FILE_NAME, SessionCalendar.CONTENT_TYPE, ics));
    }

    public void sendWaitingList(Long signupId) {
        send(sessions.signup(signupId), NotificationType.SESSION_WAITING_LIST, true, null);
    }

    public void sendReminder(Long signupId) {
        send(sessions.signup(signupId), NotificationType.SESSION_REMINDER, true, null);
    }

    public void sendSignupCancelled(Long signupId) {
        send(sessions.signup(signupId), NotificationType.SESSION_SIGNUP_CANCELLED, false, null);
    }

    /**
     * The session is cancelled. A sign-up with a place received the .ics invitation, so its e-mail carries the
     * iCalendar cancellation of that event (same UID, higher SEQUENCE); one on the waiting list had no event.
     */
    public void sendSessionCancelled(Long signupId) {
        SessionSignup s = sessions.signup(signupId);
        MailDelivery.Attachment cancellation = s.getStatus() != SessionSignup.Status.CONFIRMED
                ? null
                : new MailDelivery.Attachment(
                        SessionCalendar.FILE_NAME,
                        SessionCalendar.CANCEL_CONTENT_TYPE,
                        SessionCalendar.cancellation(
                                s.getSession(), s.getReference(), host(), settings.getMailFrom(), s.getContactEmail()));
        send(s, NotificationType.SESSION_CANCELLED, false, cancellation);
    }

    private void send(
            SessionSignup s, NotificationType type, boolean withCancelLink, MailDelivery.Attachment attachment) {
        delivery.sendOnce(
                s.getReference() + ":" + type.name(),
                s.getReference(),
                type,
                s.getContactEmail(),
                () -> {
                    Context c = MailModel.forCase(s.getReference(), catalogue.current());
                    UpcomingSessions.Upcoming session =
                            UpcomingSessions.describe(s.getSession(), settings.getPublicBaseUrl());
                    c.setVariable("session", session);
                    c.setVariable("meetingUrl", s.getSession().getMeetingUrl());
                    c.setVariable("organisationName", s.getOrganisationName());
                    c.setVariable("contactName", s.getContactName());
                    c.setVariable("participants", s.getParticipants());
                    c.setVariable("informationSessions", upcoming.list());
                    c.setVariable("calendarAttached", attachment != null);
                    if (withCancelLink) {
                        c.setVariable(
                                "cancelUrl",
                                settings.getPublicBaseUrl() + "/informationstraffar/avboka/"
                                        + sessions.issueCancelToken(s.getId()));
                    }
                    return c;
                },
                attachment);
    }

    private String host() {
        String host = URI.create(settings.getPublicBaseUrl()).getHost();
        return host == null ? "localhost" : host;
    }
}
