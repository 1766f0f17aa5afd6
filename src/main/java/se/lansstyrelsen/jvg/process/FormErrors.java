package se.lansstyrelsen.jvg.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import se.lansstyrelsen.jvg.accession.InvalidInputException;

/**
 * Turns a rule broken by form input into Camunda's form validation error, which the engine REST API
 * (and so Tasklist) answers with 400 and the Swedish message, rolling back the submit.
 */
final class FormErrors {

  private FormErrors() {}

  static void rethrowAsFormError(Runnable work) {
    try {
      work.run();
    } catch (InvalidInputException e) {
      throw new FormFieldValidationException(e.field(), e.getMessage());
    }
  }
}
