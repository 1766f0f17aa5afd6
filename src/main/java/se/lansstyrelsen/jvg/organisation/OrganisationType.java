package se.lansstyrelsen.jvg.organisation;

import static se.lansstyrelsen.jvg.config.Texts.text;

/** Kinds of organisation that may join the strategy. */
public enum OrganisationType {
    KOMMUN,
    REGION,
    STATLIG_MYNDIGHET,
    LAROSATE;

    /** The kind as people read it (messages.properties). */
    public String label() {
        return text("organisation.type." + name());
    }
}
