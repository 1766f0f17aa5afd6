package se.lansstyrelsen.jvg.session;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.AccessTokenService;
import se.lansstyrelsen.jvg.accession.InvalidInputException;
import se.lansstyrelsen.jvg.config.ShortTransactions;

/**
 * Information sessions and their sign-ups: the rules (places, waiting list, who moves up when a place frees)
 * and the checks of what caseworkers and organisations type. Places are counted with the session's row locked,
 * so two sign-ups at once never both take the last place.
 */
@Service
@Transactional
public class SessionService {

  static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
  private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  static final int MAX_PARTICIPANTS = 10;
  private static final java.util.Set<String> SIGNUP_FIELDS = java.util.Set.of(SignupForm.ORGANISATION_NAME,
      SignupForm.CONTACT_NAME, SignupForm.CONTACT_EMAIL, SignupForm.PARTICIPANTS, SignupForm.PARTICIPANT_NAMES);

  private final InformationSessionRepository sessions;
  private final SessionSignupRepository signups;
  private final ShortTransactions shortTransactions;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SessionService(InformationSessionRepository sessions, SessionSignupRepository signups,
      ShortTransactions shortTransactions, Clock clock) {
    this.sessions = sessions;
    this.signups = signups;
    this.shortTransactions = shortTransactions;
    this.clock = clock;
  }

  // ---- sessions (caseworkers) ----

  public InformationSession create(SessionDetails details) {
    check(details, null);
    return sessions.save(new InformationSession(details, false, clock.instant()));
  }

  /** Demo data only (see SampleSessions). */
  InformationSession createExample(SessionDetails details) {
    return sessions.save(new InformationSession(details, true, clock.instant()));
  }

  /** Title, link and capacity can always change; the time only while nobody is signed up (their invitations hold it). */
  public InformationSession update(Long sessionId, SessionDetails details) {
    InformationSession s = sessions.lockById(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
    if (s.isCancelled()) {
      throw new InvalidInputException("title", "Träffen är inställd och kan inte ändras.");
    }
    check(details, s);
    s.apply(details);
    return s;
  }

  /** Cancels the session; returns the sign-ups (place or waiting list) that must be told. */
  public List<Long> cancel(Long sessionId) {
    InformationSession s = sessions.lockById(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
    if (s.isCancelled()) {
      return List.of();
    }
    s.cancel();
    return signups.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId).stream()
        .filter(x -> x.getStatus() != SessionSignup.Status.CANCELLED).map(SessionSignup::getId).toList();
  }

  private void check(SessionDetails d, InformationSession existing) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (d.title() == null || d.title().isBlank()) {
      errors.put("title", "Ange en rubrik för träffen.");
    } else if (d.title().length() > 200 || CONTROL_CHARACTERS.matcher(d.title()).find()) {
      errors.put("title", "Rubriken får vara högst 200 tecken utan kontrolltecken.");
    }
    if (d.startsAt() == null) {
      errors.put("date", "Ange datum och starttid.");
    } else if (d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
      errors.put("endTime", "Sluttiden måste vara efter starttiden.");
    } else if (existing == null && !d.startsAt().isAfter(clock.instant())) {
      errors.put("date", "En ny träff måste ligga i framtiden.");
    }
    if (existing != null && d.startsAt() != null && d.endsAt() != null
        && (!d.startsAt().equals(existing.getStartsAt()) || !d.endsAt().equals(existing.getEndsAt()))
        && signups.findBySessionIdOrderByCreatedAtAscIdAsc(existing.getId()).stream()
            .anyMatch(x -> x.getStatus() != SessionSignup.Status.CANCELLED)) {
      errors.put("date", "Tiden kan inte ändras när det finns anmälda: deras kalenderinbjudningar gäller den."
          + " Ställ in träffen och skapa en ny i stället.");
    }
    if (!isHttpsUrl(d.meetingUrl())) {
      errors.put("meetingUrl", "Ange mötets länk som en fullständig adress som börjar med https://.");
    }
    if (d.capacity() < 1 || d.capacity() > 1000) {
      errors.put("capacity", "Antalet platser måste vara mellan 1 och 1000.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, "Invalid session");
    }
  }

  private static boolean isHttpsUrl(String url) {
    if (url == null || url.length() > 500 || CONTROL_CHARACTERS.matcher(url).find() || url.contains(" ")) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  @Transactional(readOnly = true)
  public InformationSession get(Long sessionId) {
    return sessions.findById(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
  }

  @Transactional(readOnly = true)
  public List<InformationSession> all() {
    return sessions.findAllByOrderByStartsAtDesc();
  }

  @Transactional(readOnly = true)
  public List<SessionSignup> signups(Long sessionId) {
    return signups.findBySessionIdOrderByCreatedAtAscIdAsc(sessionId);
  }

  @Transactional(readOnly = true)
  public long placesTaken(Long sessionId) {
    return signups.placesTaken(sessionId);
  }

  @Transactional(readOnly = true)
  public SessionSignup signup(Long signupId) {
    SessionSignup s = signups.findById(signupId).orElseThrow(() -> new IllegalArgumentException("No sign-up " + signupId));
    s.getSession().getTitle(); // loaded for use outside the transaction
    return s;
  }

  boolean hasExamples() {
    return sessions.countByExampleTrue() > 0;
  }

  // ---- sign-ups (organisations) ----

  /** Checks the public form's values; Swedish messages per form key. */
  public SignupForm readSignup(Map<String, Object> data) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (String key : data.keySet()) {
      if (!SIGNUP_FIELDS.contains(key)) {
        // As the accession API: a field the form does not have is refused, not silently dropped.
        errors.put(key, "Anmälan har inget fält med det namnet. Skicka bara formulärets egna fält.");
      }
    }
    String organisation = text(data, SignupForm.ORGANISATION_NAME, 200, "Ange organisationens namn.", errors);
    String name = text(data, SignupForm.CONTACT_NAME, 200, "Ange kontaktpersonens namn.", errors);
    String email = text(data, SignupForm.CONTACT_EMAIL, 254, "Ange kontaktpersonens e-postadress.", errors);
    if (email != null && !EMAIL.matcher(email).matches()) {
      errors.put(SignupForm.CONTACT_EMAIL, "Ange en giltig e-postadress, t.ex. namn@kommun.se.");
    }
    int participants = 0;
    Object p = data.get(SignupForm.PARTICIPANTS);
    if (p instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && n.intValue() >= 1 && n.intValue() <= MAX_PARTICIPANTS) {
      participants = n.intValue();
    } else {
      errors.put(SignupForm.PARTICIPANTS, "Ange antal deltagare, 1–" + MAX_PARTICIPANTS + ".");
    }
    String names = null;
    Object n = data.get(SignupForm.PARTICIPANT_NAMES);
    if (n != null && !(n instanceof String)) {
      errors.put(SignupForm.PARTICIPANT_NAMES, "Deltagarnas namn ska vara text.");
    } else if (n != null && !((String) n).isBlank()) {
      names = ((String) n).strip();
      if (names.length() > 2000 || CONTROL_CHARACTERS.matcher(names).find()) {
        errors.put(SignupForm.PARTICIPANT_NAMES, "Högst 2000 tecken utan kontrolltecken.");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, "Invalid sign-up");
    }
    return new SignupForm(organisation, name, email, participants, names);
  }

  private static String text(Map<String, Object> data, String key, int max, String missing, Map<String, String> errors) {
    Object v = data.get(key);
    if (!(v instanceof String s) || s.isBlank()) {
      errors.put(key, missing);
      return null;
    }
    String t = s.strip();
    if (t.length() > max || CONTROL_CHARACTERS.matcher(t).find()) {
      errors.put(key, "Högst " + max + " tecken utan kontrolltecken.");
      return null;
    }
    return t;
  }

  /** A place if the session has room for all participants, else the waiting list. */
  public SessionSignup signUp(Long sessionId, SignupForm form) {
    InformationSession s = sessions.lockById(sessionId).orElseThrow(() -> new UnknownSessionException(sessionId));
    if (!isOpen(s)) {
      throw new InvalidInputException("session", "Anmälan till den här träffen är stängd.");
    }
    boolean room = signups.placesTaken(sessionId) + form.participants() <= s.getCapacity()
        && signups.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(sessionId, SessionSignup.Status.WAITING).isEmpty();
    return signups.saveAndFlush(new SessionSignup(s, form,
        room ? SessionSignup.Status.CONFIRMED : SessionSignup.Status.WAITING, clock.instant()));
  }

  public boolean isOpen(InformationSession s) {
    return !s.isCancelled() && s.getStartsAt().isAfter(clock.instant());
  }

  /** The sign-up of a cancellation link, if the link is valid and the sign-up still stands. */
  @Transactional(readOnly = true)
  public Optional<SessionSignup> byCancelToken(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return signups.findByCancelTokenHash(AccessTokenService.hash(token))
        .filter(x -> x.getStatus() != SessionSignup.Status.CANCELLED)
        .map(x -> {
          x.getSession().getTitle();
          return x;
        });
  }

  /**
   * A new cancellation link for the sign-up (the previous one stops working). Committed on its own, like
   * the case's links, so a link already e-mailed keeps working if the sending job is rolled back afterwards.
   */
  public String issueCancelToken(Long signupId) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    shortTransactions.execute(jdbc -> jdbc.update("update session_signup set cancel_token_hash = ? where id = ?",
        AccessTokenService.hash(token), signupId));
    return token;
  }

  /**
   * Cancels a sign-up (the participant through the link, or a caseworker) and moves waiting sign-ups up, in
   * the order they came, while their participants fit. Returns who moved up (empty when the sign-up was
   * already cancelled or the session has passed).
   */
  public Cancellation cancelSignup(Long signupId) {
    SessionSignup signup = signups.findById(signupId).orElseThrow(() -> new IllegalArgumentException("No sign-up " + signupId));
    InformationSession s = sessions.lockById(signup.getSession().getId()).orElseThrow();
    if (signup.getStatus() == SessionSignup.Status.CANCELLED) {
      return new Cancellation(false, List.of());
    }
    signup.cancel();
    signups.flush();
    List<Long> promoted = new ArrayList<>();
    if (isOpen(s)) {
      long taken = signups.placesTaken(s.getId());
      for (SessionSignup waiting : signups.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(s.getId(), SessionSignup.Status.WAITING)) {
        if (taken + waiting.getParticipants() > s.getCapacity()) {
          break; // first come, first served: nobody overtakes the first in line
        }
        waiting.confirm();
        taken += waiting.getParticipants();
        promoted.add(waiting.getId());
      }
    }
    return new Cancellation(true, promoted);
  }

  /** Outcome of a cancellation. */
  public record Cancellation(boolean cancelled, List<Long> promoted) {}

  /** No session with this id. */
  public static class UnknownSessionException extends RuntimeException {
    public UnknownSessionException(Long id) {
      super("No information session " + id);
    }
  }

}
