package se.lansstyrelsen.jvg.config;

/**
 * The Camunda groups of Länsstyrelsen's staff that web security, the engine's authorizations and the processes'
 * candidate groups name. Kept here, below every feature package, so that security and processes share them
 * without a package cycle. The administrators' group is Camunda's own
 * {@link org.camunda.bpm.engine.authorization.Groups#CAMUNDA_ADMIN}.
 */
public final class StaffGroups {

    /** Caseworkers ("Handläggare"): start accessions and work their tasks in Tasklist. */
    public static final String CASEWORKERS = "caseworkers";
    /** Managers ("Chefer"): read instances, incidents and history; the overview and metrics. */
    public static final String MANAGERS = "managers";

    private StaffGroups() {}
}
