package se.lansstyrelsen.jvg.organisation;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number (organisationsnummer) in canonical form {@code NNNNNN-NNNN}.
 * Accepts ten digits with or without hyphen, and the twelve-digit form prefixed by "16".
 */
public record OrganisationNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("(16)?(\\d{6})-?(\\d{4})");

    /** Parses and validates; the result says why a number is refused, in Swedish. */
    public static Result parse(String input) {
        if (input == null || input.isBlank()) {
            return Result.error(text("organisation.number.missing"));
        }
        Matcher m = SHAPE.matcher(input.strip());
        if (!m.matches()) {
            return Result.error(text("organisation.number.shape"));
        }
        String digits = m.group(2) + m.group(3);
        if (digits.charAt(2) < '2') {
            return Result.error(text("organisation.number.personal-number"));
        }
        if (luhnCheckDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            return Result.error(text("organisation.number.check-digit"));
        }
        return new Result(Optional.of(new OrganisationNumber(m.group(2) + "-" + m.group(3))), null);
    }

    /** The organisation number NNNNNN-NNNC made of {@code nineDigits} and their Luhn check digit (for seed data). */
    public static String withCheckDigit(String nineDigits) {
        return nineDigits.substring(0, 6) + "-" + nineDigits.substring(6) + luhnCheckDigit(nineDigits);
    }

    /** Luhn check digit over the nine first digits (weights 2,1,2,1,... from the left). */
    static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** The legal-form group (first digit): 2 = state, region, municipality; 5 = company; 8 = foundation... */
    public int legalFormGroup() {
        return value.charAt(0) - '0';
    }

    @Override
    public String toString() {
        return value;
    }

    /** Outcome of {@link #parse(String)}: either a number or a Swedish error message. */
    public record Result(Optional<OrganisationNumber> number, String error) {
        static Result error(String message) {
            return new Result(Optional.empty(), message);
        }

        public boolean valid() {
            return number.isPresent();
        }
    }
}
