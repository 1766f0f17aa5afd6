package se.lansstyrelsen.jvg.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void shouldTellAnEmailAddressFromOtherText() {
        assertThat(InputText.isEmailAddress("anna.lindqvist@kommun.se")).isTrue();
        assertThat(InputText.isEmailAddress("anna@kommun")).isFalse();
        assertThat(InputText.isEmailAddress("anna lindqvist@kommun.se")).isFalse();
        assertThat(InputText.isEmailAddress("a".repeat(65) + "@kommun.se")).isFalse();
    }

    @Test
    void shouldRefuseControlCharactersButNotLineBreaksOrTabs() {
        assertThat(InputText.hasControlCharacters("rad ett\r\nrad två\tslut")).isFalse();
        assertThat(InputText.hasControlCharacters("noll\u0000byte")).isTrue();
        assertThat(InputText.hasControlCharacters("radera\u007f")).isTrue();
    }

    @Test
    void shouldReadOnlyValidUtf8() {
        assertThat(InputText.strictUtf8("Åmål;Tjörn".getBytes(StandardCharsets.UTF_8)))
                .contains("Åmål;Tjörn");
        assertThat(InputText.strictUtf8("Åmål;Tjörn".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }
}
