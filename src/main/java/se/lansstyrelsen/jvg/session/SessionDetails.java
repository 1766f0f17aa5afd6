package se.lansstyrelsen.jvg.session;

import java.time.Instant;

/** What a caseworker sets on a session: checked by {@link SessionService} before it is stored. */
public record SessionDetails(String title, Instant startsAt, Instant endsAt, String meetingUrl, int capacity) {}
