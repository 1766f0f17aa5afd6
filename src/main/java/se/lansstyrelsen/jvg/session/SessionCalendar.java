package se.lansstyrelsen.jvg.session;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The iCalendar (.ics) invitation to a session, written with ical4j (times in UTC, as RFC 5545 allows). */
public final class SessionCalendar {

  public static final String FILE_NAME = "informationstraff.ics";
  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  private SessionCalendar() {}

  /** One event with the session's time, title and meeting link; the UID is stable per sign-up. */
  public static byte[] invitation(InformationSession session, String signupReference, String host, String organizerEmail) {
    VEvent event = new VEvent(session.getStartsAt(), session.getEndsAt(), session.getTitle());
    event.add(new Uid(signupReference.toLowerCase(java.util.Locale.ROOT) + "@" + host));
    event.add(new Url(URI.create(session.getMeetingUrl())));
    // METHOD:PUBLISH requires an organiser (RFC 5546): Länsstyrelsen's sending address.
    event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
    event.add(new Location(session.getMeetingUrl()));
    event.add(new Description("Digital informationsträff om Jämställt Västra Götaland 2024–2027 från Länsstyrelsen"
        + " Västra Götalands län. Anslut via länken: " + session.getMeetingUrl()));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Länsstyrelsen Västra Götalands län//Jämställt Västra Götaland//SV"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(event);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter().output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
