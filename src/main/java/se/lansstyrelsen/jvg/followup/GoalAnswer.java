package se.lansstyrelsen.jvg.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The organisation's answer for one of its goals: what was done, what changed, what support it wants. */
@Embeddable
public record GoalAnswer(
        @Column(name = "goal_area", nullable = false, length = 200)
        String area,

        @Column(name = "goal_text", nullable = false, length = 1000)
        String goal,

        @Column(name = "done_text", nullable = false, length = 4000)
        String done,

        @Column(name = "changed_text", length = 4000) String changed,
        @Column(name = "support_wanted", length = 4000) String supportWanted) {}
