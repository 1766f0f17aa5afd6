package se.lansstyrelsen.jvg.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;

/**
 * A caseworker's review of a demo sample case: the review task claimed and completed with a decision, a rejection,
 * or a request for completion followed by the contact with the contact person about what is missing, through
 * {@link SampleSteps}. {@link SampleData} chooses the case, the caseworker and the times.
 */
class SampleReviews {

    private final SampleSteps steps;

    SampleReviews(SampleSteps steps) {
        this.steps = steps;
    }

    /** The review rejects the case for the reason. */
    void reject(String pid, String caseworker, Instant claimed, Instant done, String reason) {
        review(
                pid,
                caseworker,
                claimed,
                done,
                Map.of(Variables.REVIEW_OUTCOME, "REJECT", Variables.REJECTION_REASON, reason));
    }

    /** The review asks for a completion; an hour later the caseworker contacts the contact person by e-mail. */
    void requestCompletion(String pid, String caseworker, Instant claimed, Instant decided) {
        review(
                pid,
                caseworker,
                claimed,
                decided,
                Map.of(
                        Variables.REVIEW_OUTCOME,
                        "REQUEST_COMPLETION",
                        Variables.REVIEW_COMMENT,
                        "Protokollsutdraget saknar paragrafnummer."));
        steps.complete(
                pid,
                Elements.CONTACT_CONTACT_PERSON,
                caseworker,
                decided.plus(Duration.ofHours(1)),
                Map.of(
                        Variables.MISSING_INFORMATION,
                        "Paragrafnummer i protokollsutdraget.",
                        Variables.CONTACT_METHOD,
                        "EMAIL"));
        steps.runJobs(pid);
    }

    /** The caseworker claims the review (unless it is assigned already) and completes it with the decision. */
    void review(String pid, String caseworker, Instant claimed, Instant done, Map<String, Object> decision) {
        steps.claim(pid, Elements.REVIEW, caseworker, claimed);
        steps.complete(pid, Elements.REVIEW, caseworker, done, decision);
    }
}
