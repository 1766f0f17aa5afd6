package se.lansstyrelsen.jvg.session;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.form.InputText;

/** Checks what a caseworker sets on a session (title, time, meeting link, places), with a Swedish message per field. */
final class SessionDetailsCheck {

    private static final int MAX_TITLE = 200;
    private static final int MAX_URL = 500;
    private static final int MAX_CAPACITY = 1000;

    private SessionDetailsCheck() {}

    /**
     * Throws InvalidInputException with every problem of {@code d}. {@code existing} is the session being changed
     * (null for a new one); {@code hasSignups} is asked only when its time would change.
     */
    static void check(SessionDetails d, InformationSession existing, Instant now, BooleanSupplier hasSignups) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.put("title", text("session.error.title-missing"));
        } else if (d.title().length() > MAX_TITLE || InputText.hasControlCharacters(d.title())) {
            errors.put("title", text("session.error.title-too-long"));
        }
        if (d.startsAt() == null) {
            errors.put("date", text("session.error.date-missing"));
        } else if (d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
            errors.put("endTime", text("session.error.end-before-start"));
        } else if (existing == null && !d.startsAt().isAfter(now)) {
            errors.put("date", text("session.error.date-past"));
        }
        if (existing != null
                && d.startsAt() != null
                && d.endsAt() != null
                && (!d.startsAt().equals(existing.getStartsAt()) || !d.endsAt().equals(existing.getEndsAt()))
                && hasSignups.getAsBoolean()) {
            errors.put("date", text("session.error.date-has-signups"));
        }
        if (!isHttpsUrl(d.meetingUrl())) {
            errors.put("meetingUrl", text("session.error.meeting-url"));
        }
        if (d.capacity() < 1 || d.capacity() > MAX_CAPACITY) {
            errors.put("capacity", text("session.error.capacity"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, "Invalid session");
        }
    }

    private static boolean isHttpsUrl(String url) {
        if (url == null || url.length() > MAX_URL || InputText.hasControlCharacters(url) || url.contains(" ")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
