package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    /** FIPS 180-2's test vector for "abc". */
    @Test
    void shouldHashTheStandardTestVector() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldHashTextAsItsUtf8Bytes() {
        assertThat(Sha256.hex("Ärende"))
                .isEqualTo(Sha256.hex("Ärende".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Sha256.hex("Ärende".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
