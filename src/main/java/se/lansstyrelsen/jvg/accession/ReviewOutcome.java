package se.lansstyrelsen.jvg.accession;

/** The caseworker's decision in "Granska anslutning". */
public enum ReviewOutcome {
    APPROVE,
    REQUEST_COMPLETION,
    REJECT
}
