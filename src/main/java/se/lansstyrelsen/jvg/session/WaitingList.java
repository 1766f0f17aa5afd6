package se.lansstyrelsen.jvg.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Who gets a place at a session: first come, first served. A new sign-up gets a place only if its participants fit
 * and nobody is waiting; a freed place goes to the waiting list in the order it came, and nobody overtakes the first
 * in line. Callers hold the session's row lock. Made by SessionService, in its transaction.
 */
record WaitingList(SessionSignupRepository signups) {

    /** Whether a new sign-up with {@code participants} gets a place (else it waits). */
    boolean placeFor(InformationSession s, int participants) {
        return signups.placesTaken(s.getId()) + participants <= s.getCapacity()
                && waiting(s).isEmpty();
    }

    /** Moves waiting sign-ups up, in the order they came, while their participants fit; returns their ids. */
    List<Long> moveUp(InformationSession s) {
        List<Long> promoted = new ArrayList<>();
        long taken = signups.placesTaken(s.getId());
        for (SessionSignup waiting : waiting(s)) {
            if (taken + waiting.getParticipants() > s.getCapacity()) {
                break; // first come, first served: nobody overtakes the first in line
            }
            waiting.confirm();
            taken += waiting.getParticipants();
            promoted.add(waiting.getId());
        }
        return promoted;
    }

    private List<SessionSignup> waiting(InformationSession s) {
        return signups.findBySessionIdAndStatusOrderByCreatedAtAscIdAsc(s.getId(), SessionSignup.Status.WAITING);
    }
}
