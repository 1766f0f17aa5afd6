package se.lansstyrelsen.jvg.process;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.FormFields;

/**
 * The contact person's data that the engine holds for a case: the start form's variables (runtime and
 * history, with their historic updates), the historic form fields Camunda records for each submitted form
 * value, the follow-up's free text, and anything else that names one of the contact's addresses: other
 * variable values, and the error texts of failed jobs and incidents (an SMTP refusal usually names the
 * address) with their stack traces ({@link ErrorTextScrubber}). Camunda has no API to delete single historic
 * form fields, so those are deleted with SQL; variables go through the engine's services.
 */
@Component
public class ProcessPersonalData {

    public static final List<String> CONTACT_VARIABLES = List.of(
            FormFields.CONTACT_NAME, FormFields.CONTACT_TITLE, FormFields.CONTACT_EMAIL, FormFields.CONTACT_PHONE);
    /** What the caseworker wrote when following up with the contact person: free text about a person. */
    public static final List<String> FOLLOW_UP_TEXT_VARIABLES =
            List.of(AccessionProcess.Variables.MISSING_INFORMATION, AccessionProcess.Variables.FOLLOW_UP_NOTE);

    private final RuntimeService runtime;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final ErrorTextScrubber errorTexts;

    ProcessPersonalData(
            RuntimeService runtime, HistoryService history, JdbcTemplate jdbc, ErrorTextScrubber errorTexts) {
        this.runtime = runtime;
        this.history = history;
        this.jdbc = jdbc;
        this.errorTexts = errorTexts;
    }

    public boolean isRunning(String processInstanceId) {
        return runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                > 0;
    }

    /**
     * Every e-mail address the instance's history recorded for the contact person: the current value and
     * each earlier one (a completion may have changed it), from variable updates and submitted form fields.
     */
    public Set<String> contactAddresses(String processInstanceId) {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.addAll(jdbc.queryForList(
                "select TEXT_ from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = ?" + " and TEXT_ is not null",
                String.class,
                processInstanceId,
                FormFields.CONTACT_EMAIL));
        addresses.addAll(jdbc.queryForList(
                "select TEXT_ from ACT_HI_DETAIL where PROC_INST_ID_ = ? and NAME_ = ?" + " and TEXT_ is not null",
                String.class,
                processInstanceId,
                FormFields.CONTACT_EMAIL));
        addresses.removeIf(String::isBlank);
        return addresses;
    }

    /**
     * Removes the contact person from the instance: the contact and follow-up variables (runtime, history and
     * form fields), any other historic value that names one of {@code addresses}, and the addresses in error
     * texts and stack traces of its jobs and incidents (replaced by {@code marker}). Returns how many entries
     * rows were removed or rewritten.
     */
    public int eraseContactData(String processInstanceId, Collection<String> addresses, String marker) {
        List<String> names = Stream.concat(CONTACT_VARIABLES.stream(), FOLLOW_UP_TEXT_VARIABLES.stream())
                .toList();
        int erased = eraseVariables(processInstanceId, names);
        erased += eraseValuesNaming(processInstanceId, addresses);
        erased += errorTexts.scrub(processInstanceId, addresses, marker);
        return erased;
    }

    private int eraseVariables(String processInstanceId, List<String> names) {
        int erased = 0;
        if (isRunning(processInstanceId)) {
            runtime.removeVariables(processInstanceId, names);
        }
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn(names.toArray(String[]::new))
                .list();
        for (HistoricVariableInstance variable : variables) {
            history.deleteHistoricVariableInstance(variable.getId()); // with its historic updates
            erased++;
        }
        for (String name : names) {
            erased += jdbc.update(
                    "delete from ACT_HI_DETAIL where PROC_INST_ID_ = ? and TYPE_ = 'FormProperty'" + " and NAME_ = ?",
                    processInstanceId,
                    name);
        }
        return erased;
    }

    /** Historic variables (with their updates) and single updates or form fields whose text names an address. */
    private int eraseValuesNaming(String processInstanceId, Collection<String> addresses) {
        int erased = 0;
        for (Map<String, Object> row : jdbc.queryForList(
                "select ID_, TEXT_, TEXT2_ from ACT_HI_VARINST where PROC_INST_ID_ = ?", processInstanceId)) {
            if (names(row, addresses)) {
                history.deleteHistoricVariableInstance((String) row.get("ID_"));
                erased++;
            }
        }
        for (Map<String, Object> row : jdbc.queryForList(
                "select ID_, TEXT_, TEXT2_ from ACT_HI_DETAIL where PROC_INST_ID_ = ?", processInstanceId)) {
            if (names(row, addresses)) {
                erased += jdbc.update("delete from ACT_HI_DETAIL where ID_ = ?", row.get("ID_"));
            }
        }
        return erased;
    }

    private static boolean names(Map<String, Object> row, Collection<String> addresses) {
        return addresses.stream().anyMatch(a -> contains(row.get("TEXT_"), a) || contains(row.get("TEXT2_"), a));
    }

    private static boolean contains(Object text, String address) {
        return text instanceof String s && s.contains(address);
    }
}
