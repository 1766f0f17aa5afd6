package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.Accession;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.CaseHistory;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * Every user task of a case (added by {@link CaseIntegrityPlugin}'s parse listener, so no task can be
 * forgotten): on creation the task's name carries the organisation, the task goes to the caseworker who
 * completed the case's previous task (unless four-eyes keeps the registration from the approver), and
 * the form gets the case's history; on completion the completer is remembered as the case's caseworker.
 */
@Component
class CaseTaskListener implements TaskListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMM yyyy HH:mm", Locale.forLanguageTag("sv-SE"))
            .withZone(ClockConfig.SWEDEN);

    /** Characters of the rendered history at most, below the 4,000 of Camunda's text column. */
    static final int MAX_LENGTH = 3_700;
    /** Characters of one entry's text at most, before escaping. */
    static final int MAX_DETAIL = 300;

    private final AccessionService accessions;
    private final CaseHistory history;
    private final AccessionSettings settings;

    CaseTaskListener(AccessionService accessions, CaseHistory history, AccessionSettings settings) {
        this.accessions = accessions;
        this.history = history;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            onCreate(task, caseNumber);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String completer = completer(task);
            if (completer != null) {
                AccessionVariables.CASEWORKER.set(task.getExecution(), completer);
            }
        }
    }

    private void onCreate(DelegateTask task, String caseNumber) {
        Accession accession = accessions
                .byCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No accession with case number " + caseNumber));
        task.setName(task.getName() + " – " + accession.getOrganisation().getName());
        String caseworker = AccessionVariables.CASEWORKER.get(task.getExecution());
        boolean keptFromApprover = settings.isFourEyesRegistration()
                && AccessionProcess.Elements.REGISTER.equals(task.getTaskDefinitionKey());
        if (settings.isKeepCaseWithCaseworker() && caseworker != null && !keptFromApprover) {
            task.setAssignee(caseworker);
        }
        boolean minutesAttached = AccessionVariables.MINUTES_EXTRACT_NAME.get(task.getExecution()) != null;
        AccessionVariables.CASE_HISTORY.setLocal(
                task, links(caseNumber, minutesAttached) + render(history.of(accession)));
        if (AccessionProcess.Elements.REGISTER.equals(task.getTaskDefinitionKey())) {
            AccessionVariables.REGISTRATION_REFERENCE_EXAMPLE.setLocal(
                    task, settings.getRegistration().getReferenceExample());
        }
    }

    /**
     * A first line with links to the case's internal pages (Camunda login): its whole history and, once the
     * organisation has attached it, the extract of minutes. Never the organisation's secure links.
     */
    static String links(String caseNumber, boolean minutesAttached) {
        String base = "/intern/arenden/" + caseNumber;
        return (minutesAttached
                        ? text("process.history.links.with-minutes", base)
                        : text("process.history.links.without-minutes", base))
                + "\n\n";
    }

    private static String completer(DelegateTask task) {
        Authentication auth =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
    }

    /**
     * The history as a Markdown list for the form's text field; everything a person typed is escaped.
     * Renders the entries, newest last, within {@link #MAX_LENGTH} characters (a string variable's column
     * holds 4,000): long texts are shortened, and when the whole history does not fit, the oldest entries
     * give way to a line that says so.
     */
    static String render(List<CaseHistory.Entry> entries) {
        String omitted = text("process.history.omitted") + "\n";
        Deque<String> lines = new ArrayDeque<>();
        int length = omitted.length();
        for (int i = entries.size() - 1; i >= 0; i--) {
            String line = line(entries.get(i));
            if (length + line.length() > MAX_LENGTH) {
                lines.addFirst(omitted);
                break;
            }
            lines.addFirst(line);
            length += line.length();
        }
        return String.join("", lines);
    }

    private static String line(CaseHistory.Entry e) {
        StringBuilder md = new StringBuilder("- ")
                .append(escape(WHEN.format(e.when())))
                .append(" **")
                .append(escape(e.what()))
                .append("**");
        if (e.who() != null) {
            md.append(" (").append(escape(e.who())).append(')');
        }
        if (e.detail() != null) {
            String detail = e.detail().length() > MAX_DETAIL ? e.detail().substring(0, MAX_DETAIL) + "…" : e.detail();
            md.append(": ").append(escape(detail));
        }
        return md.append('\n').toString();
    }

    /** Markdown and HTML specials become literal characters; line breaks become spaces. */
    static String escape(String text) {
        return se.lansstyrelsen.jvg.form.MarkdownText.escape(text);
    }
}
