package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.APPROVED;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.COMPLETION_REQUESTED;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.NOT_COMPLETED;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.REGISTERED;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.REJECTED;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.SUBMITTED;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.UNDER_REVIEW;
import static se.lansstyrelsen.jvg.accession.AccessionStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The case's state machine, pair by pair, against the transition table in docs/process.md. */
class AccessionStatusTest {

    /** The table "Ärendets status" in docs/process.md: from → to. */
    private static final Set<List<AccessionStatus>> ALLOWED = Set.of(
            List.of(SUBMITTED, APPROVED),
            List.of(SUBMITTED, REJECTED),
            List.of(SUBMITTED, COMPLETION_REQUESTED),
            List.of(UNDER_REVIEW, APPROVED),
            List.of(UNDER_REVIEW, REJECTED),
            List.of(UNDER_REVIEW, COMPLETION_REQUESTED),
            List.of(COMPLETION_REQUESTED, UNDER_REVIEW),
            List.of(COMPLETION_REQUESTED, NOT_COMPLETED),
            List.of(APPROVED, REGISTERED),
            List.of(SUBMITTED, WITHDRAWN),
            List.of(UNDER_REVIEW, WITHDRAWN),
            List.of(COMPLETION_REQUESTED, WITHDRAWN),
            List.of(APPROVED, WITHDRAWN));

    @Test
    void shouldAllowExactlyTheTransitionsOfTheDocumentedTable() {
        List<List<AccessionStatus>> allowed = new ArrayList<>();
        for (AccessionStatus from : AccessionStatus.values()) {
            for (AccessionStatus to : AccessionStatus.values()) {
                if (to.canFollow(from)) {
                    allowed.add(List.of(from, to));
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @Test
    void shouldLeaveNoWayOutOfAClosedCase() {
        for (AccessionStatus closed : List.of(REGISTERED, REJECTED, NOT_COMPLETED, WITHDRAWN)) {
            for (AccessionStatus to : AccessionStatus.values()) {
                assertThat(to.canFollow(closed)).as(closed + " → " + to).isFalse();
            }
        }
    }

    @Test
    void shouldNameTheCaseAndBothStatusesInSwedishWhenRefused() {
        IllegalTransitionException refused = new IllegalTransitionException("JVG-2026-0001", REGISTERED, WITHDRAWN);
        assertThat(refused.getMessage())
                .contains("JVG-2026-0001")
                .contains("\"Ansluten\"")
                .contains("\"Återkallad\"");
    }
}
