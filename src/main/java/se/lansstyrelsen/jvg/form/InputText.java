package se.lansstyrelsen.jvg.form;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** The two text rules every input path shares: what counts as an e-mail address, and which characters are refused. */
public final class InputText {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    /** C0 control characters and DEL, except tab, line feed and carriage return. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private InputText() {}

    /** Whether {@code text} has the shape of an e-mail address (a local part of at most 64 characters, a domain). */
    public static boolean isEmailAddress(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** {@code bytes} as UTF-8 text; empty when they are not valid UTF-8 (no replacement characters). */
    public static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacters(String text) {
        return CONTROL_CHARACTERS.matcher(text).find();
    }
}
