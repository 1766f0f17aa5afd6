package se.lansstyrelsen.jvg.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import se.lansstyrelsen.jvg.accession.IllegalTransitionException;
import se.lansstyrelsen.jvg.accession.InvalidInputException;

/**
 * Turns a rule broken by form input, or a status change the case's state machine refuses, into
 * Camunda's form validation error, which the engine REST API (and so Tasklist) answers with 400 and
 * the Swedish message, rolling back the submit. The original exception stays the cause, so server code
 * that started the command (the gateway) can answer in its own terms.
 */
final class FormErrors {

    private FormErrors() {}

    static void rethrowAsFormError(Runnable work) {
        try {
            work.run();
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.field(), e.getMessage(), e);
        } catch (IllegalTransitionException e) {
            throw new FormFieldValidationException("status", e.getMessage(), e);
        }
    }

    /** The domain exception behind a form error raised by {@link #rethrowAsFormError}, if any. */
    static RuntimeException domainCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidInputException || c instanceof IllegalTransitionException) {
                return (RuntimeException) c;
            }
        }
        return null;
    }
}
