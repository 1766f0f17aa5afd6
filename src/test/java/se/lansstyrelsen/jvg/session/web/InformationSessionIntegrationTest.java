package se.lansstyrelsen.jvg.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.export.Table;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionDetails;
import se.lansstyrelsen.jvg.session.SessionService;
import se.lansstyrelsen.jvg.session.SessionSignup;
import se.lansstyrelsen.jvg.session.SessionSignupProcess;
import se.lansstyrelsen.jvg.session.UpcomingSessions;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;
import se.lansstyrelsen.jvg.support.TestSessions;

/**
 * Information sessions with the real engine, database and SMTP server: sign-up → confirmation with an .ics
 * that ical4j reads back; a full session → waiting list → a participant cancels through the e-mailed link →
 * the one waiting gets the place and the invitation; bad input stores nothing.
 */
class InformationSessionIntegrationTest extends IntegrationTestBase {

    private static final Pattern CANCEL_LINK = Pattern.compile("/informationstraffar/avboka/([A-Za-z0-9_-]+)");

    @Autowired
    SessionService sessions;

    @Autowired
    SessionSignups signups;

    @Autowired
    SessionAttendees sessionAttendees;

    @Autowired
    UpcomingSessions upcoming;

    private InformationSession session(String title, int capacity) {
        return sessions.create(
                TestSessions.inThirtyDays(title, "https://moten.example/jvg-" + title.hashCode(), capacity));
    }

    private static Map<String, Object> form(String organisation, String email, int participants) {
        Map<String, Object> m = new HashMap<>();
        m.put("organisationName", organisation);
        m.put("contactName", "Karin Svensson");
        m.put("contactEmail", email);
        m.put("participants", participants);
        m.put("participantNames", "Karin Svensson, strateg");
        return m;
    }

    private ProcessInstance process(SessionSignup s) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(s.getReference())
                .singleResult();
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mails()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                out.add(m);
            }
        }
        return out;
    }

    private static String html(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        return findHtml((Multipart) content);
    }

    private static String findHtml(Multipart mp) throws Exception {
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            if (p.getContent() instanceof Multipart inner) {
                String found = findHtml(inner);
                if (found != null) {
                    return found;
                }
            } else if (p.isMimeType("text/html")) {
                return (String) p.getContent();
            }
        }
        return null;
    }

    private static Calendar ics(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            if ("informationstraff.ics".equals(p.getFileName())) {
                assertThat(p.getContentType()).startsWith("text/calendar");
                try (InputStream in = p.getInputStream()) {
                    return new CalendarBuilder()
                            .build(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        throw new AssertionError("No .ics attachment in " + m.getSubject());
    }

    @Test
    void shouldConfirmAPlaceWithACalendarInvitationThatReadsBackWithTheSessionsTimeAndLink() throws Exception {
        InformationSession s = session("Digital informationsträff om strategin", 20);
        SessionSignup signup = signups.signUp(s.getId(), form("Exempelkommun", "anna@kommun-60001.example", 2));
        assertThat(signup.getStatus()).isEqualTo(SessionSignup.Status.CONFIRMED);
        runJobs(process(signup).getId());

        List<MimeMessage> received = mailsTo("anna@kommun-60001.example");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .startsWith("Välkommen till informationsträffen")
                .contains(signup.getReference());
        assertThat(html(received.get(0))).contains(s.getMeetingUrl()).contains("/informationstraffar/avboka/");

        Calendar calendar = ics(received.get(0));
        assertThat(calendar.validate().getEntries())
                .as("ical4j's own RFC 5545/5546 validation")
                .isEmpty();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        VEvent event =
                calendar.getComponent(VEvent.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Digital informationsträff om strategin");
        ZonedDateTime start = toSwedish(event.getDateTimeStart().getDate());
        ZonedDateTime end = toSwedish(event.getDateTimeEnd().getDate());
        assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(13, 15));
        assertThat(start.toLocalDate())
                .isEqualTo(LocalDate.now(ClockConfig.SWEDEN).plusDays(30));
        assertThat(ChronoUnit.MINUTES.between(start, end)).isEqualTo(90);
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo(s.getMeetingUrl());
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo(s.getMeetingUrl());

        // The process now waits for the day before (09.00 Swedish time) to send the reminder.
        ProcessInstance pi = process(signup);
        assertThat(engine.getRuntimeService().getActiveActivityIds(pi.getId()))
                .containsExactly(SessionSignupProcess.Elements.DAY_BEFORE);
        Instant due = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .singleResult()
                .getDuedate()
                .toInstant();
        assertThat(due.atZone(ClockConfig.SWEDEN))
                .isEqualTo(start.toLocalDate().minusDays(1).atTime(9, 0).atZone(ClockConfig.SWEDEN));
    }

    private static ZonedDateTime toSwedish(Temporal t) {
        return Instant.from(t).atZone(ClockConfig.SWEDEN);
    }

    @Test
    void shouldMoveTheFirstOnTheWaitingListUpWhenAParticipantCancelsThroughTheLink() throws Exception {
        InformationSession s = session("Liten träff", 2);
        SessionSignup first = signups.signUp(s.getId(), form("Kommun A", "a@kommun-60002.example", 2));
        SessionSignup waiting = signups.signUp(s.getId(), form("Kommun B", "b@kommun-60003.example", 1));
        assertThat(waiting.getStatus()).isEqualTo(SessionSignup.Status.WAITING);
        runJobs(process(first).getId());
        runJobs(process(waiting).getId());
        assertThat(mailsTo("b@kommun-60003.example"))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Ni står på väntelistan"));
        assertThat(engine.getRuntimeService()
                        .getActiveActivityIds(process(waiting).getId()))
                .containsExactly(SessionSignupProcess.Elements.PLACE_OFFERED);

        Matcher link =
                CANCEL_LINK.matcher(html(mailsTo("a@kommun-60002.example").get(0)));
        assertThat(link.find()).isTrue();
        String firstProcess = process(first).getId();
        assertThat(signups.cancelByLink(link.group(1))).isTrue();
        assertThat(signups.cancelByLink(link.group(1))).as("a used link").isFalse();

        assertThat(sessions.signup(waiting.getId()).getStatus()).isEqualTo(SessionSignup.Status.CONFIRMED);
        assertThat(sessions.signup(first.getId()).getStatus()).isEqualTo(SessionSignup.Status.CANCELLED);
        runJobs(firstProcess);
        runJobs(process(waiting).getId());
        assertThat(mailsTo("a@kommun-60002.example"))
                .extracting(MimeMessage::getSubject)
                .anySatisfy(subject -> assertThat(subject)
                        .startsWith("Er anmälan till informationsträffen")
                        .contains("avbokad"));
        List<MimeMessage> toB = mailsTo("b@kommun-60003.example");
        assertThat(toB).hasSize(2);
        assertThat(toB.get(1).getSubject()).startsWith("Välkommen till informationsträffen");
        assertThat(ics(toB.get(1)).getComponent(VEvent.VEVENT)).isPresent();

        Table attendees = sessionAttendees.table(s.getId());
        assertThat(attendees.rows())
                .extracting(r -> r.get(2) + ":" + r.get(1))
                .containsExactly("Kommun B:Plats", "Kommun A:Avbokad");
    }

    @Test
    void shouldTellEveryoneSignedUpWhenTheCaseworkerCancelsTheSession() throws Exception {
        InformationSession s = session("Träff som ställs in", 1);
        SessionSignup placed = signups.signUp(s.getId(), form("Kommun C", "c@kommun-60004.example", 1));
        SessionSignup waiting = signups.signUp(s.getId(), form("Kommun D", "d@kommun-60005.example", 1));
        runJobs(process(placed).getId());
        runJobs(process(waiting).getId());
        String p1 = process(placed).getId();
        String p2 = process(waiting).getId();
        assertThat(upcoming.list()).extracting(UpcomingSessions.Upcoming::id).contains(s.getId());

        signups.cancelSession(s.getId());
        runJobs(p1);
        runJobs(p2);
        List<MimeMessage> toPlaced = mailsTo("c@kommun-60004.example");
        assertThat(toPlaced).hasSize(2);
        assertThat(toPlaced.get(1).getSubject()).contains("är inställd").contains(placed.getReference());
        assertThat(html(toPlaced.get(1))).contains("En avbokning för kalendern (informationstraff.ics) är bifogad");

        // The place's cancellation carries the iCalendar CANCEL of the very event its invitation created.
        VEvent invited = ics(toPlaced.get(0))
                .getComponent(VEvent.VEVENT)
                .map(VEvent.class::cast)
                .orElseThrow();
        Calendar cancellation = ics(toPlaced.get(1));
        assertThat(cancellation.validate().getEntries())
                .as("ical4j's own RFC 5545/5546 validation")
                .isEmpty();
        assertThat(cancellation.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        VEvent cancelled =
                cancellation.getComponent(VEvent.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertThat(cancelled.getUid().orElseThrow().getValue())
                .isEqualTo(invited.getUid().orElseThrow().getValue())
                .startsWith(placed.getReference().toLowerCase(java.util.Locale.ROOT) + "@");
        int invitedSequence = invited.getProperty(Property.SEQUENCE)
                .map(p -> Integer.parseInt(p.getValue()))
                .orElse(0);
        assertThat(Integer.parseInt(
                        cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isGreaterThan(invitedSequence);
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(Instant.from(cancelled.getDateTimeStart().getDate())).isEqualTo(s.getStartsAt());
        assertThat(cancelled.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:c@kommun-60004.example");

        // The one on the waiting list never had an event: the e-mail, without .ics.
        List<MimeMessage> toWaiting = mailsTo("d@kommun-60005.example");
        assertThat(toWaiting)
                .extracting(MimeMessage::getSubject)
                .anySatisfy(x -> assertThat(x).contains("är inställd"));
        MimeMessage waitingCancelled = toWaiting.get(toWaiting.size() - 1);
        assertThat(waitingCancelled.getSubject()).contains("är inställd");
        assertThat(html(waitingCancelled))
                .contains("Ta gärna bort träffen ur kalendern")
                .doesNotContain(".ics");
        assertThat(waitingCancelled.getContent())
                .as("a single HTML part, no attachment")
                .isInstanceOf(String.class);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceIds(java.util.Set.of(p1, p2))
                        .count())
                .isZero();
        assertThat(upcoming.list()).extracting(UpcomingSessions.Upcoming::id).doesNotContain(s.getId());
        assertThatThrownBy(() -> signups.signUp(s.getId(), form("Kommun E", "e@kommun-60006.example", 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrProperty("errors");
    }

    @Test
    void shouldRefuseBadSignUpsWithSwedishMessagesAndStoreNothing() {
        InformationSession s = session("Valideringsträff", 5);
        Map<String, Object> bad = form(" ", "inte-en-adress", 0);
        bad.put("participantNames", "namn\u0000");
        assertThatThrownBy(() -> signups.signUp(s.getId(), bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys(
                                        "organisationName", "contactEmail", "participants", "participantNames")
                                .containsEntry("contactEmail", "Ange en giltig e-postadress, t.ex. namn@kommun.se."));
        Map<String, Object> tooMany = form("Kommun F", "f@kommun-60007.example", 11);
        assertThatThrownBy(() -> signups.signUp(s.getId(), tooMany)).isInstanceOf(InvalidInputException.class);
        Map<String, Object> fraction = form("Kommun F", "f@kommun-60007.example", 1);
        fraction.put("participants", 1.5);
        assertThatThrownBy(() -> signups.signUp(s.getId(), fraction)).isInstanceOf(InvalidInputException.class);
        assertThat(sessions.signups(s.getId())).isEmpty();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(SessionSignupProcess.KEY)
                        .variableValueEquals("signupId", -1L)
                        .count())
                .isZero();
    }

    @Test
    void shouldRefuseASessionWithoutHttpsLinkOrInThePastAndAnEndBeforeItsStart() {
        Instant past = Instant.now().minus(Duration.ofDays(1));
        assertThatThrownBy(() -> sessions.create(
                        new SessionDetails("Träff", past, past.plusSeconds(3600), "http://x.example", 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("date", "meetingUrl", "capacity"));
        Instant future = Instant.now().plus(Duration.ofDays(3));
        assertThatThrownBy(() -> sessions.create(
                        new SessionDetails("", future, future.minusSeconds(60), "https://x.example", 3)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("title", "endTime"));
        Map<String, String> params = Map.of(
                "title",
                "Träff",
                "date",
                "17 april",
                "startTime",
                "9",
                "endTime",
                "10:00",
                "meetingUrl",
                "https://x.example",
                "capacity",
                "tio");
        assertThatThrownBy(() -> SessionForm.details(params))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("date", "startTime", "capacity"));
    }

    @Test
    void shouldNotMoveTheSessionsTimeOnceSomeoneHasSignedUp() {
        InformationSession s = session("Fast tid", 5);
        signups.signUp(s.getId(), form("Kommun G", "g@kommun-60008.example", 1));
        SessionDetails moved = new SessionDetails(
                s.getTitle(),
                s.getStartsAt().plus(Duration.ofHours(1)),
                s.getEndsAt().plus(Duration.ofHours(1)),
                s.getMeetingUrl(),
                8);
        assertThatThrownBy(() -> signups.update(s.getId(), moved))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("date"));
        signups.update(
                s.getId(), new SessionDetails("Ny rubrik", s.getStartsAt(), s.getEndsAt(), s.getMeetingUrl(), 8));
        assertThat(sessions.get(s.getId()).getCapacity()).isEqualTo(8);
        assertThat(sessions.get(s.getId()).getTitle()).isEqualTo("Ny rubrik");
    }
}
