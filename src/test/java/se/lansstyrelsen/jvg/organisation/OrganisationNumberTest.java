package se.lansstyrelsen.jvg.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNumberTest {

    @ParameterizedTest(name = "{0} is valid and becomes {1}")
    @CsvSource({
        "212000-1355, 212000-1355",
        "2120001355, 212000-1355",
        "16212000-1355, 212000-1355",
        "162120001355, 212000-1355",
        "' 202100-2411 ', 202100-2411",
        "202100-2247, 202100-2247",
        "202100-2288, 202100-2288"
    })
    void shouldAcceptValidNumbersInEveryWrittenFormAndStoreTheCanonicalForm(String input, String canonical) {
        OrganisationNumber.Result result = OrganisationNumber.parse(input);

        assertThat(result.valid()).isTrue();
        assertThat(result.number())
                .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(canonical));
        assertThat(result.error()).isNull();
    }

    @ParameterizedTest(name = "{0} has a wrong check digit")
    @CsvSource({"212000-1356", "2120001350", "202100-2410", "16212000-1354"})
    void shouldRejectAWrongCheckDigit(String input) {
        OrganisationNumber.Result result = OrganisationNumber.parse(input);

        assertThat(result.valid()).isFalse();
        assertThat(result.error()).contains("kontrollsiffran");
    }

    @ParameterizedTest(name = "{0} is shaped like a personal identity number")
    @CsvSource({"811218-9876", "640823-3234", "19811218-9876"})
    void shouldRejectPersonalIdentityNumberShapes(String input) {
        OrganisationNumber.Result result = OrganisationNumber.parse(input);

        assertThat(result.valid()).isFalse();
        assertThat(result.error()).isNotNull();
        if (input.length() == 11) {
            assertThat(result.error()).contains("personnummer");
        }
    }

    @ParameterizedTest(name = "''{0}'' has the wrong shape")
    @CsvSource({
        "''",
        "'   '",
        "21200-1355",
        "212000-13555",
        "212000_1355",
        "17212000-1355",
        "ABCDEF-GHIJ",
        "212000--1355"
    })
    void shouldRejectWrongShapes(String input) {
        OrganisationNumber.Result result = OrganisationNumber.parse(input);

        assertThat(result.valid()).isFalse();
        assertThat(result.error()).matches(".*(tio siffror|Ange organisationsnummer).*");
    }

    @Test
    void shouldRejectNull() {
        assertThat(OrganisationNumber.parse(null).error()).isEqualTo("Ange organisationsnummer.");
    }

    @Test
    void shouldComputeTheLuhnCheckDigitWithWeightsTwoOneFromTheLeft() {
        assertThat(OrganisationNumber.luhnCheckDigit("212000135")).isEqualTo(5);
        assertThat(OrganisationNumber.luhnCheckDigit("202100241")).isEqualTo(1);
        assertThat(OrganisationNumber.luhnCheckDigit("556036079")).isEqualTo(3);
    }

    @Test
    void shouldTellTheLegalFormGroup() {
        assertThat(OrganisationNumber.parse("212000-1355")
                        .number()
                        .orElseThrow()
                        .legalFormGroup())
                .isEqualTo(2);
    }
}
