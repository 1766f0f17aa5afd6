package se.lansstyrelsen.jvg.accession;

/** The review decision as the caseworker submitted it. */
public record ReviewDecision(
        ReviewOutcome outcome,
        boolean decisionStated,
        boolean goalsChosen,
        boolean contactComplete,
        boolean organisationEligible,
        String comment,
        String rejectionReason) {
    boolean checklistComplete() {
        return decisionStated && goalsChosen && contactComplete && organisationEligible;
    }
}
