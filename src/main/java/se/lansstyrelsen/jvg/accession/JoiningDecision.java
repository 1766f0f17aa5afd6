package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The organisation's own decision to join, as its application states it.
 *
 * @param body the body that decided (e.g. the municipal executive board)
 * @param reference the minutes' paragraph or another reference to the decision
 */
@Embeddable
public record JoiningDecision(
        @Column(name = "decision_body", nullable = false, length = 200)
        String body,

        @Column(name = "decision_date", nullable = false) LocalDate date,

        @Column(name = "decision_reference", nullable = false, length = 100)
        String reference) {}
