package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

/**
 * The organisation already has a case being handled; the database allows one open case per
 * organisation, so a second one (also from two submissions at the same instant) is refused.
 */
public class OpenCaseConflictException extends InvalidInputException {

    private final String openCaseNumber;

    OpenCaseConflictException(String openCaseNumber) {
        super(
                FormFields.ORGANISATION_NUMBER,
                openCaseNumber == null
                        ? text("accession.open-case")
                        : text("accession.open-case.numbered", openCaseNumber));
        this.openCaseNumber = openCaseNumber;
    }

    /** The open case's number, when known (null when another submission won at the same instant). */
    public String openCaseNumber() {
        return openCaseNumber;
    }
}
