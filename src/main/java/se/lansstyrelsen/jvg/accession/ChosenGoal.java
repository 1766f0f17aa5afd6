package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A goal the organisation prioritises: a catalogue goal, or "another goal in this area" with its text. */
@Embeddable
public record ChosenGoal(
        @Column(name = "area_code", nullable = false, length = 40)
        String areaCode,

        @Column(name = "goal_code", nullable = false, length = 40)
        String goalCode,

        @Column(name = "other_text", length = 500) String otherText) {}
