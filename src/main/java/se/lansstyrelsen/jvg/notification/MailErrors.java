package se.lansstyrelsen.jvg.notification;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.regex.Pattern;

/**
 * Error texts of failed e-mail without e-mail addresses. SMTP servers usually name the recipient
 * ("550 5.1.1 &lt;name@example.se&gt;: Recipient address rejected"), and these texts are kept where
 * erasure of a contact person does not reach: the sent-log's {@code last_error}, Camunda's job and
 * incident messages and the log.
 */
final class MailErrors {

    /** What stands in an error text instead of an address. */
    static final String MASK = text("notification.address-removed");

    /** Anything around an @ up to a character that cannot be part of an address in an SMTP reply. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\"',;:@]+@[^\\s<>()\\[\\]\"',;:@]+");

    private MailErrors() {}

    static String withoutAddresses(String text) {
        return text == null ? "" : ADDRESS.matcher(text).replaceAll(MASK);
    }

    /** The messages of the exception and its causes, each as "Type: message", without addresses. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 2000; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return withoutAddresses(text.toString());
    }
}
