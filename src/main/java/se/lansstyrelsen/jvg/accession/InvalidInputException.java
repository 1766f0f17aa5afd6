package se.lansstyrelsen.jvg.accession;

import java.util.Map;

/** Input a person sent that breaks a rule; carries a Swedish message per field, in the form's order. */
public class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> errors;

    public InvalidInputException(Map<String, String> errors, String message) {
        super(message);
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message), message);
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** The first field with an error. */
    public String field() {
        return errors.keySet().stream().findFirst().orElse("");
    }
}
