package se.lansstyrelsen.jvg.privacy;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lansstyrelsen.jvg.accession.ContactPersonErasure;
import se.lansstyrelsen.jvg.accession.ContactPersonErasure.CaseView;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.notification.NotificationType;
import se.lansstyrelsen.jvg.process.ProcessPersonalData;

/**
 * Erases one contact person's personal data on request (GDPR art. 17) while the organisation stays in
 * the register. Every address the case ever had counts, not only the current one (a completion may have
 * changed it): they are collected from the case, the engine's history and the e-mail sent-log, and then
 * removed from the case's contact fields and free text (follow-up notes), from the sent-log (recipients
 * and SMTP error texts), and from the engine's runtime and history (variables, form fields, job and
 * incident error texts). One transaction; only for closed cases.
 */
@Service
public class PersonalDataErasure {

    /** Stands in for an erased address or text. */
    static final String ERASED = "(raderad)";

    /** E-mails to caseworkers (their own addresses, not the contact person's) stay as they are. */
    private static final String STAFF_TYPES = NotificationType.staffTypeNames().stream()
            .map(name -> "'" + name + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    private final ContactPersonErasure cases;
    private final ProcessPersonalData process;
    private final JdbcTemplate jdbc;
    private final AccessionSettings settings;

    PersonalDataErasure(
            ContactPersonErasure cases, ProcessPersonalData process, JdbcTemplate jdbc, AccessionSettings settings) {
        this.cases = cases;
        this.process = process;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional
    public Result eraseContactPerson(String caseNumber, String actor) {
        CaseView view = cases.find(caseNumber).orElse(null);
        if (view == null) {
            return Result.NO_SUCH_CASE;
        }
        if (!view.closed() || (view.processInstanceId() != null && process.isRunning(view.processInstanceId()))) {
            return Result.CASE_OPEN;
        }
        Set<String> addresses = addressesOf(view);
        eraseFromSentLog(caseNumber);
        cases.erase(caseNumber, actor);
        cases.eraseFreeText(caseNumber, addresses, ERASED);
        if (view.processInstanceId() != null) {
            process.eraseContactData(view.processInstanceId(), addresses, ERASED);
        }
        return Result.ERASED;
    }

    /** The contact's current address, earlier ones from the engine's history, and those the sent-log mailed to. */
    private Set<String> addressesOf(CaseView view) {
        Set<String> addresses = new LinkedHashSet<>();
        if (view.contactEmail() != null) {
            addresses.add(view.contactEmail());
        }
        if (view.processInstanceId() != null) {
            addresses.addAll(process.contactAddresses(view.processInstanceId()));
        }
        addresses.addAll(jdbc.queryForList(
                "select distinct recipient from notification where case_number = ?"
                        + " and recipient <> ? and recipient <> ? and notification_type not in (" + STAFF_TYPES + ")",
                String.class,
                view.caseNumber(),
                settings.getCaseworkerMailbox(),
                ERASED));
        return addresses;
    }

    /**
     * The case's sent-log keeps what was sent when, but no address of the contact (every recipient except the
     * caseworkers' shared mailbox and the caseworkers e-mailed about the case) and no SMTP error text (which usually names the address).
     */
    private void eraseFromSentLog(String caseNumber) {
        jdbc.update(
                "update notification set recipient = ? where case_number = ? and recipient <> ?"
                        + " and notification_type not in (" + STAFF_TYPES + ")",
                ERASED,
                caseNumber,
                settings.getCaseworkerMailbox());
        jdbc.update(
                "update notification set last_error = ? where case_number = ? and last_error is not null",
                ERASED,
                caseNumber);
    }

    /** Outcome of a request. */
    public enum Result {
        ERASED,
        NO_SUCH_CASE,
        CASE_OPEN
    }
}
