package se.lansstyrelsen.jvg.session.web;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.ClockConfig;
import se.lansstyrelsen.jvg.session.InformationSession;
import se.lansstyrelsen.jvg.session.SessionDetails;

/**
 * The caseworkers' session form (title, date, start and end time, meeting link, places) as text fields: read into a
 * session's details, and filled in from a stored session. Times are Swedish local time.
 */
final class SessionForm {

    private SessionForm() {}

    /** The form's text fields as a session; unreadable date, time or number: Swedish errors per field. */
    static SessionDetails details(Map<String, String> p) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = parse(p, "date", LocalDate::parse, text("session.form.date"), errors);
        LocalTime start = parse(p, "startTime", LocalTime::parse, text("session.form.start-time"), errors);
        LocalTime end = parse(p, "endTime", LocalTime::parse, text("session.form.end-time"), errors);
        Integer capacity = parse(p, "capacity", Integer::valueOf, text("session.form.capacity"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, "Invalid session form");
        }
        Instant startsAt = date.atTime(start).atZone(ClockConfig.SWEDEN).toInstant();
        Instant endsAt = date.atTime(end).atZone(ClockConfig.SWEDEN).toInstant();
        String title = p.getOrDefault("title", "").strip();
        return new SessionDetails(
                title, startsAt, endsAt, p.getOrDefault("meetingUrl", "").strip(), capacity);
    }

    /** The field's stripped value read by {@code parser}, or null with {@code error} in errors. */
    private static <T> T parse(
            Map<String, String> p, String field, Function<String, T> parser, String error, Map<String, String> errors) {
        try {
            return parser.apply(p.getOrDefault(field, "").strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.put(field, error);
            return null;
        }
    }

    /** A stored session as the form's values. */
    static Map<String, String> input(InformationSession s) {
        ZonedDateTime start = s.getStartsAt().atZone(ClockConfig.SWEDEN);
        ZonedDateTime end = s.getEndsAt().atZone(ClockConfig.SWEDEN);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", s.getTitle());
        m.put("date", start.toLocalDate().toString());
        m.put("startTime", start.toLocalTime().toString());
        m.put("endTime", end.toLocalTime().toString());
        m.put("meetingUrl", s.getMeetingUrl());
        m.put("capacity", Integer.toString(s.getCapacity()));
        return m;
    }
}
