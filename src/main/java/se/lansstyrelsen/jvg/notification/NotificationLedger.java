package se.lansstyrelsen.jvg.notification;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.config.ShortTransactions;

/**
 * The sent-log (table {@code notification}). Each step commits on its own, in a short transaction on
 * the short-transaction pool ({@link ShortTransactions}), independent of the job's transaction: once an
 * e-mail is marked sent, a retry of the same job finds it and does not send it again, even when the
 * job's own transaction rolls back after sending.
 *
 * <p>The claim is atomic: a new e-mail is claimed by inserting its row (the unique {@code dedup_key}
 * lets only one insert win), an e-mail that failed before by a conditional UPDATE from {@code FAILED} to
 * {@code SENDING}; the affected row count says who won. A row found in {@code SENDING} is never sent
 * again automatically: another execution is sending it, or one stopped between sending and recording
 * (then nobody knows whether it went out). The job fails with {@link NotificationInDoubtException} and,
 * after its retries, shows as an incident for a person to check (docs/drift.md, "E-post i osäkert läge").
 */
@Component
class NotificationLedger {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final ShortTransactions shortTransactions;
    private final Clock clock;

    NotificationLedger(ShortTransactions shortTransactions, Clock clock) {
        this.shortTransactions = shortTransactions;
        this.clock = clock;
    }

    /**
     * Claims the e-mail for sending now.
     *
     * @return true when this caller must send it now, false when it was sent before
     * @throws NotificationInDoubtException when its row is in {@code SENDING}
     */
    public boolean claim(String dedupKey, String caseNumber, NotificationType type, String recipient) {
        try {
            // Its own transaction: on PostgreSQL a failed insert spoils the transaction it runs in.
            shortTransactions.execute(jdbc -> jdbc.update(
                    "insert into notification (dedup_key, case_number, "
                            + "notification_type, recipient, status, attempts, created_at) values (?, ?, ?, ?, ?, 1, ?)",
                    dedupKey,
                    caseNumber,
                    type.name(),
                    recipient,
                    Notification.Status.SENDING.name(),
                    now()));
            return true;
        } catch (DuplicateKeyException exists) {
            // Sent, failed or being sent before: decided below.
        }
        return shortTransactions.execute(jdbc -> claimExisting(jdbc, dedupKey));
    }

    private static boolean claimExisting(JdbcTemplate jdbc, String dedupKey) {
        int claimed = jdbc.update(
                "update notification set status = ?, attempts = attempts + 1 " + "where dedup_key = ? and status = ?",
                Notification.Status.SENDING.name(),
                dedupKey,
                Notification.Status.FAILED.name());
        if (claimed == 1) {
            return true;
        }
        List<String> status =
                jdbc.queryForList("select status from notification where dedup_key = ?", String.class, dedupKey);
        if (status.equals(List.of(Notification.Status.SENT.name()))) {
            return false;
        }
        throw new NotificationInDoubtException(dedupKey);
    }

    /** Records that the claimed e-mail was handed to the SMTP server. */
    public void markSent(String dedupKey, String subject) {
        update(
                dedupKey,
                "update notification set status = ?, subject = ?, sent_at = ?, last_error = null "
                        + "where dedup_key = ? and status = ?",
                Notification.Status.SENT.name(),
                subject,
                now(),
                dedupKey,
                Notification.Status.SENDING.name());
    }

    /** Records that the claimed e-mail was not sent; a later attempt may claim it again. */
    public void markFailed(String dedupKey, String error) {
        String text = MailErrors.withoutAddresses(error);
        update(
                dedupKey,
                "update notification set status = ?, last_error = ? where dedup_key = ? and status = ?",
                Notification.Status.FAILED.name(),
                text.substring(0, Math.min(text.length(), MAX_ERROR_LENGTH)),
                dedupKey,
                Notification.Status.SENDING.name());
    }

    private void update(String dedupKey, String sql, Object... args) {
        int updated = shortTransactions.execute(jdbc -> jdbc.update(sql, args));
        if (updated != 1) {
            throw new IllegalStateException("Sent-log row " + dedupKey + " was not in SENDING any more");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The e-mail's row is in SENDING: it may or may not have gone out, so it is not sent automatically. */
    static class NotificationInDoubtException extends RuntimeException {
        NotificationInDoubtException(String dedupKey) {
            super(text("notification.in-doubt", dedupKey));
        }
    }
}
