package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.LinkedHashMap;
import java.util.Map;
import se.lansstyrelsen.jvg.accession.FollowUpNote.ContactMethod;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * Checks what a caseworker entered in a task form (review, follow-up, registration) before the case changes:
 * each check throws an {@link InvalidInputException} with a Swedish message per form field, in the form's order.
 */
final class CaseworkerInput {

    private CaseworkerInput() {}

    /** A rejection needs a reason, an approval a complete checklist. */
    static void checkReview(ReviewDecision decision) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (decision.outcome() == null) {
            errors.put(TaskFormFields.REVIEW_OUTCOME, text("accession.review.choose-outcome"));
        } else if (decision.outcome() == ReviewOutcome.REJECT && isBlank(decision.rejectionReason())) {
            errors.put(TaskFormFields.REJECTION_REASON, text("accession.review.rejection-reason"));
        } else if (decision.outcome() == ReviewOutcome.APPROVE && !decision.checklistComplete()) {
            errors.put(TaskFormFields.REVIEW_OUTCOME, text("accession.review.checklist"));
        }
        checkLength(errors, TaskFormFields.REJECTION_REASON, decision.rejectionReason(), 2000);
        checkLength(errors, TaskFormFields.REVIEW_COMMENT, decision.comment(), 2000);
        refuseIfAny(errors);
    }

    /** What is missing must be described; returns how the contact person was reached. */
    static ContactMethod checkFollowUp(String missingInformation, String contactMethod, String note) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (isBlank(missingInformation)) {
            errors.put(TaskFormFields.MISSING_INFORMATION, text("accession.follow-up.missing-information"));
        }
        ContactMethod method = null;
        try {
            method = ContactMethod.valueOf(contactMethod == null ? "" : contactMethod);
        } catch (IllegalArgumentException e) {
            errors.put(TaskFormFields.CONTACT_METHOD, text("accession.follow-up.contact-method"));
        }
        checkLength(errors, TaskFormFields.MISSING_INFORMATION, missingInformation, 2000);
        checkLength(errors, TaskFormFields.FOLLOW_UP_NOTE, note, 4000);
        refuseIfAny(errors);
        return method;
    }

    /** The diary number must have the configured shape and the goals be confirmed; returns the number, stripped. */
    static String checkRegistration(
            String registrationReference, boolean goalsConfirmed, AccessionSettings.Registration registration) {
        Map<String, String> errors = new LinkedHashMap<>();
        String reference = registrationReference == null ? "" : registrationReference.strip();
        if (!registration.getReferencePattern().matcher(reference).matches()) {
            errors.put(
                    TaskFormFields.REGISTRATION_REFERENCE,
                    text("accession.registration.reference", registration.getReferenceExample()));
        }
        if (!goalsConfirmed) {
            errors.put(TaskFormFields.GOALS_CONFIRMED, text("accession.registration.goals-confirmed"));
        }
        refuseIfAny(errors);
        return reference;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String trimToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static void checkLength(Map<String, String> errors, String key, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.putIfAbsent(key, text("accession.validation.max-length", max));
        }
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, String.join(" ", errors.values()));
        }
    }
}
