package se.lansstyrelsen.jvg.process;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.form.InputText;

/**
 * Replaces a contact person's addresses in what the engine wrote about a process instance's failures (the error
 * texts of its jobs and incidents, an SMTP refusal usually names the address) and in its byte arrays (stack
 * traces, Json values); Camunda has no API to edit them, so this is SQL.
 */
@Component
class ErrorTextScrubber {

    /** Error texts per table: table, column, process instance column. */
    private static final List<String[]> ERROR_TEXTS = List.of(
            new String[] {"ACT_RU_JOB", "EXCEPTION_MSG_", "PROCESS_INSTANCE_ID_"},
            new String[] {"ACT_HI_JOB_LOG", "JOB_EXCEPTION_MSG_", "PROCESS_INSTANCE_ID_"},
            new String[] {"ACT_RU_INCIDENT", "INCIDENT_MSG_", "PROC_INST_ID_"},
            new String[] {"ACT_HI_INCIDENT", "INCIDENT_MSG_", "PROC_INST_ID_"});

    private final JdbcTemplate jdbc;

    ErrorTextScrubber(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces each of {@code addresses} by {@code marker} in the instance's error texts and in its byte arrays
     * that are UTF-8 text. Returns how many rows were rewritten.
     */
    int scrub(String processInstanceId, Collection<String> addresses, String marker) {
        int changed = 0;
        for (String address : addresses) {
            for (String[] t : ERROR_TEXTS) {
                changed += jdbc.update(
                        "update " + t[0] + " set " + t[1] + " = replace(" + t[1] + ", ?, ?) where " + t[2] + " = ? and "
                                + t[1] + " is not null",
                        address,
                        marker,
                        processInstanceId);
            }
        }
        // Stack traces of failed jobs, and values kept as byte arrays (Json variables), of this instance.
        List<String> byteArrays = jdbc.queryForList(
                "select ID_ from ACT_GE_BYTEARRAY where ROOT_PROC_INST_ID_ = ?"
                        + " union select JOB_EXCEPTION_STACK_ID_ from ACT_HI_JOB_LOG where PROCESS_INSTANCE_ID_ = ?"
                        + " union select EXCEPTION_STACK_ID_ from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = ?"
                        + " union select BYTEARRAY_ID_ from ACT_HI_VARINST where PROC_INST_ID_ = ?"
                        + " union select BYTEARRAY_ID_ from ACT_HI_DETAIL where PROC_INST_ID_ = ?",
                String.class,
                processInstanceId,
                processInstanceId,
                processInstanceId,
                processInstanceId,
                processInstanceId);
        for (String id : byteArrays) {
            if (id == null) {
                continue;
            }
            byte[] bytes = jdbc.queryForObject("select BYTES_ from ACT_GE_BYTEARRAY where ID_ = ?", byte[].class, id);
            String text = utf8(bytes);
            if (text == null) {
                continue; // not text (we keep no serialized Java objects); nothing readable to scrub
            }
            String scrubbed = text;
            for (String address : addresses) {
                scrubbed = scrubbed.replace(address, marker);
            }
            if (!scrubbed.equals(text)) {
                changed += jdbc.update(
                        "update ACT_GE_BYTEARRAY set BYTES_ = ? where ID_ = ?",
                        scrubbed.getBytes(StandardCharsets.UTF_8),
                        id);
            }
        }
        return changed;
    }

    /** The bytes as UTF-8 text, or null when they are not valid UTF-8. */
    private static String utf8(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        return InputText.strictUtf8(bytes).orElse(null);
    }
}
