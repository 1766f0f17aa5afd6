package se.lansstyrelsen.jvg.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of organisation-number validation over generated input (jqwik, fixed seed so a failure
 * reproduces): every correctly built number passes in each accepted spelling, every single-digit error and
 * every personal identity number is refused with a Swedish reason, and no string makes the parser throw.
 */
class OrganisationNumberPropertyTest {

    private static final String SEED = "20261202";

    @Property(seed = SEED, tries = 2000)
    void shouldAcceptEveryCorrectNumberInEveryAcceptedSpelling(@ForAll("nineDigits") String nine) {
        String digits = nine + OrganisationNumber.luhnCheckDigit(nine);
        String canonical = digits.substring(0, 6) + "-" + digits.substring(6);

        for (String spelling :
                new String[] {canonical, digits, "16" + digits, "16" + canonical, "  " + canonical + "\t"}) {
            OrganisationNumber.Result result = OrganisationNumber.parse(spelling);
            assertThat(result.valid()).as(spelling + ": " + result.error()).isTrue();
            assertThat(result.number().orElseThrow().value()).isEqualTo(canonical);
        }
    }

    @Property(seed = SEED, tries = 2000)
    void shouldRefuseEverySingleDigitError(
            @ForAll("nineDigits") String nine,
            @ForAll @IntRange(min = 0, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = (nine + OrganisationNumber.luhnCheckDigit(nine)).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        String wrong = new String(digits);

        OrganisationNumber.Result result = OrganisationNumber.parse(wrong);

        // A changed third digit may turn it into a personal identity number: refused for that reason instead.
        assertThat(result.valid()).as(wrong).isFalse();
        assertThat(result.error()).containsAnyOf("kontrollsiffran", "personnummer");
    }

    @Property(seed = SEED, tries = 1000)
    void shouldRefuseEveryPersonalIdentityNumber(@ForAll("personalNine") String nine) {
        OrganisationNumber.Result result = OrganisationNumber.parse(nine + OrganisationNumber.luhnCheckDigit(nine));

        assertThat(result.valid()).isFalse();
        assertThat(result.error()).contains("personnummer");
    }

    @Property(seed = SEED, tries = 5000)
    void shouldNeverThrowAndOnlyEverAcceptTheCanonicalShape(@ForAll("anything") String input) {
        OrganisationNumber.Result result = OrganisationNumber.parse(input);

        if (result.valid()) {
            String value = result.number().orElseThrow().value();
            assertThat(value).matches("[0-9]{6}-[0-9]{4}");
            String digits = value.replace("-", "");
            assertThat(OrganisationNumber.luhnCheckDigit(digits.substring(0, 9)))
                    .isEqualTo(digits.charAt(9) - '0');
            assertThat(digits.charAt(2)).isGreaterThanOrEqualTo('2');
        } else {
            assertThat(result.error()).isNotBlank().containsPattern("[åäöÅÄÖ]|Ange|Organisationsnummer");
        }
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9).filter(s -> s.charAt(2) >= '2');
    }

    @Provide
    Arbitrary<String> personalNine() {
        return Arbitraries.strings().numeric().ofLength(9).filter(s -> s.charAt(2) < '2');
    }

    @Provide
    Arbitrary<String> anything() {
        Arbitrary<String> digitsAndSeparators = Arbitraries.strings()
                .withChars("0123456789- 16\u2010\u00a0")
                .ofMinLength(0)
                .ofMaxLength(16);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(20);
        Arbitrary<String> nearlyRight = nineDigits()
                .map(n -> n + OrganisationNumber.luhnCheckDigit(n))
                .flatMap(d -> Arbitraries.of(
                        d,
                        d.substring(0, 6) + "-" + d.substring(6),
                        "16" + d,
                        d + "0",
                        "1" + d,
                        d.replace('1', '\u0661'),
                        d.substring(0, 6) + "--" + d.substring(6)));
        return Arbitraries.oneOf(digitsAndSeparators, unicode, nearlyRight);
    }
}
