package se.lansstyrelsen.jvg.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Swedish texts people read, kept in {@code messages.properties} (UTF-8) instead of Java literals. A text with
 * placeholders ({@code {0}}, {@code {1}}) is filled in with the arguments as plain strings, so a number reads as
 * it would when concatenated ({@code 1000}, not {@code 1 000}); a text without arguments is returned as written.
 * Static, so that entities, validators and error handlers can use it without a Spring context; Spring's own
 * MessageSource reads the same bundle for templates.
 */
public final class Texts {

    /** The bundle's base name, on the class path root. */
    public static final String BUNDLE = "messages";

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(
            BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Texts() {}

    /** The text of {@code key}; fails loudly if the key is missing, which {@code MessagesTest} rules out. */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = MESSAGES.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for key " + key + " in " + BUNDLE + ".properties", e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(plain);
    }

    /** Whether the bundle holds {@code key}. */
    public static boolean has(String key) {
        return MESSAGES.containsKey(key);
    }
}
