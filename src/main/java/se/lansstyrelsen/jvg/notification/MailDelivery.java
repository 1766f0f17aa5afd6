package se.lansstyrelsen.jvg.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.lansstyrelsen.jvg.config.AccessionSettings;

/**
 * Sends an e-mail once: the ledger is asked first, then the template is rendered (subject in its
 * {@code <title>}, body HTML with every value escaped by Thymeleaf) and sent, then the ledger is told.
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private final TemplateEngine templates;
    private final JavaMailSender mailSender;
    private final NotificationLedger ledger;
    private final AccessionSettings settings;

    MailDelivery(
            TemplateEngine templates,
            JavaMailSender mailSender,
            NotificationLedger ledger,
            AccessionSettings settings) {
        this.templates = templates;
        this.mailSender = mailSender;
        this.ledger = ledger;
        this.settings = settings;
    }

    /**
     * Sends the e-mail unless the log says it was already sent under this key.
     *
     * @return true when it was sent now, false when it had been sent before
     * @throws NotificationLedger.NotificationInDoubtException when another execution is sending it or one
     *     stopped mid-send (a person checks; it is never re-sent automatically)
     * @throws MailNotSentException when the SMTP server refused it or could not be reached (retried)
     */
    boolean sendOnce(
            String dedupKey, String caseNumber, NotificationType type, String recipient, Supplier<Context> model) {
        return sendOnce(dedupKey, caseNumber, type, recipient, model, null);
    }

    /** As {@link #sendOnce(String, String, NotificationType, String, Supplier)}, with one attachment (or null). */
    boolean sendOnce(
            String dedupKey,
            String caseNumber,
            NotificationType type,
            String recipient,
            Supplier<Context> model,
            Attachment attachment) {
        if (!ledger.claim(dedupKey, caseNumber, type, recipient)) {
            LOG.info("E-mail {} already sent, not sending again", dedupKey);
            return false;
        }
        MimeMessage message;
        String subject;
        try {
            String html = templates.process(type.template(), model.get());
            subject = subjectOf(html);
            message = mailSender.createMimeMessage();
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, attachment != null, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.getMailFrom());
            helper.setTo(recipient);
            helper.setSubject(subject);
            helper.setText(html, true);
            if (attachment != null) {
                helper.addAttachment(
                        attachment.fileName(),
                        new org.springframework.core.io.ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        } catch (RuntimeException | MessagingException e) {
            // Nothing went out: release the claim so the retry may send it.
            String error = MailErrors.describe(e);
            ledger.markFailed(dedupKey, error);
            throw new MailNotSentException(
                    "E-mail " + type + " for " + caseNumber + " could not be prepared: " + error, e);
        }
        try {
            mailSender.send(message);
        } catch (MailException e) {
            String error = MailErrors.describe(e);
            ledger.markFailed(dedupKey, error);
            throw new MailNotSentException("E-mail " + type + " for " + caseNumber + " could not be sent: " + error, e);
        }
        ledger.markSent(dedupKey, subject);
        return true;
    }

    /** A file sent with the e-mail. */
    record Attachment(String fileName, String contentType, byte[] content) {}

    static String subjectOf(String html) {
        Matcher m = TITLE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("Mail template without <title>");
        }
        return HtmlUtils.htmlUnescape(m.group(1).strip().replaceAll("\\s+", " "));
    }

    /**
     * SMTP refused or could not be reached; the job fails and is retried, then raises an incident. Camunda
     * stores this exception's message and stack trace with the job and the incident, so it carries the
     * cause's text without addresses and the cause's stack trace, but not the cause itself (whose
     * message usually names the recipient).
     */
    static class MailNotSentException extends RuntimeException {
        MailNotSentException(String maskedMessage, Throwable cause) {
            super(maskedMessage);
            setStackTrace(cause.getStackTrace());
        }
    }
}
