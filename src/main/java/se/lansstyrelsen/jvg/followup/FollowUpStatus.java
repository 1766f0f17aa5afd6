package se.lansstyrelsen.jvg.followup;

import static se.lansstyrelsen.jvg.config.Texts.text;

/** Where a yearly follow-up stands; labels are what caseworkers and managers read. */
public enum FollowUpStatus {
    SENT,
    ANSWERED,
    REVIEWED,
    NOT_ANSWERED;

    public String label() {
        return text("followup.status." + name());
    }

    public boolean answered() {
        return this == ANSWERED || this == REVIEWED;
    }
}
