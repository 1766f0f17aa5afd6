package se.lansstyrelsen.jvg.session;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar (.ics) files for a session, written with ical4j (times in UTC, as RFC 5545 allows): the invitation
 * sent with the confirmation (METHOD:PUBLISH, SEQUENCE:0) and, when Länsstyrelsen cancels the session, its
 * cancellation (METHOD:CANCEL, STATUS:CANCELLED, the same UID and SEQUENCE:1), which calendar programs use to
 * remove or strike the event they imported.
 */
public final class SessionCalendar {

    public static final String FILE_NAME = "informationstraff.ics";
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    public static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";
    /** The invitation's sequence number; the time of a session with sign-ups never changes, so it stays 0. */
    public static final int INVITATION_SEQUENCE = 0;
    /** The cancellation's: higher than the invitation's, so it supersedes it. */
    public static final int CANCELLATION_SEQUENCE = 1;

    private SessionCalendar() {}

    /** One event with the session's time, title and meeting link; the UID is stable per sign-up. */
    public static byte[] invitation(
            InformationSession session, String signupReference, String host, String organizerEmail) {
        VEvent event = event(session, signupReference, host, organizerEmail, INVITATION_SEQUENCE);
        event.add(new Url(URI.create(session.getMeetingUrl())));
        event.add(new Location(session.getMeetingUrl()));
        event.add(new Description(text("session.calendar.invitation", session.getMeetingUrl())));
        return write(calendar(ImmutableMethod.PUBLISH, event));
    }

    /**
     * The cancellation of the invitation sent for {@code signupReference}: same UID, higher SEQUENCE, METHOD:CANCEL
     * and STATUS:CANCELLED, addressed to the sign-up's contact (RFC 5546 requires an attendee in a CANCEL).
     */
    public static byte[] cancellation(
            InformationSession session,
            String signupReference,
            String host,
            String organizerEmail,
            String attendeeEmail) {
        VEvent event = event(session, signupReference, host, organizerEmail, CANCELLATION_SEQUENCE);
        event.add(ImmutableStatus.VEVENT_CANCELLED);
        event.add(new Attendee(URI.create("mailto:" + attendeeEmail)));
        event.add(new Description(text("session.calendar.cancellation")));
        return write(calendar(ImmutableMethod.CANCEL, event));
    }

    /** The UID both files share: the sign-up's reference at the public host. */
    public static String uid(String signupReference, String host) {
        return signupReference.toLowerCase(java.util.Locale.ROOT) + "@" + host;
    }

    private static VEvent event(
            InformationSession session, String signupReference, String host, String organizerEmail, int sequence) {
        VEvent event = new VEvent(session.getStartsAt(), session.getEndsAt(), session.getTitle());
        event.add(new Uid(uid(signupReference, host)));
        event.add(new Sequence(sequence));
        // METHOD:PUBLISH and METHOD:CANCEL require an organiser (RFC 5546): Länsstyrelsen's sending address.
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        return event;
    }

    private static Calendar calendar(net.fortuna.ical4j.model.property.Method method, VEvent event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(text("session.calendar.product-id")));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(event);
        return calendar;
    }

    private static byte[] write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
