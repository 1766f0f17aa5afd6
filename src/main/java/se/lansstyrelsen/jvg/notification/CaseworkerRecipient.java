package se.lansstyrelsen.jvg.notification;

/**
 * Someone told about a case by e-mail: a caseworker (key = user id) or the team mailbox (key "mailbox").
 * The key, not the address, goes into the sent-log's key.
 */
public record CaseworkerRecipient(String key, String name, String email) {

    public static final String MAILBOX_KEY = "mailbox";

    public static CaseworkerRecipient mailbox(String email) {
        return new CaseworkerRecipient(MAILBOX_KEY, null, email);
    }
}
