package se.lansstyrelsen.jvg.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lansstyrelsen.jvg.config.EngineRestSwedishErrors.Swedish;

/** The engine's English texts (as Camunda 7.24 writes them) and what the caseworker reads instead. */
class EngineRestSwedishErrorsTest {

    @Test
    void shouldTranslateTheEngineTextsACaseworkerMeetsAndSetTheStatusTheyMean() {
        assertThat(EngineRestSwedishErrors.swedish(500, "Task 'a1b2' is already claimed by someone else."))
                .isEqualTo(new Swedish(409, "Uppgiften har redan tagits av en annan handläggare. Uppdatera listan."));
        assertThat(EngineRestSwedishErrors.swedish(500, "Cannot find task with id a1b2: task is null")
                        .status())
                .isEqualTo(404);
        assertThat(EngineRestSwedishErrors.swedish(404, "No matching task with id a1b2")
                        .message())
                .startsWith("Uppgiften finns inte längre");
        assertThat(
                        EngineRestSwedishErrors.swedish(
                                400,
                                "ENGINE-13043 The number of job retries must be a non-negative Integer, but '-1' has been provided."))
                .isEqualTo(new Swedish(400, "Antalet försök kan inte vara negativt (angivet: -1)."));
        assertThat(EngineRestSwedishErrors.swedish(500, "ENGINE-13053 No job found with id 'j1'.'")
                        .status())
                .isEqualTo(404);
        assertThat(EngineRestSwedishErrors.swedish(400, "").message()).startsWith("Begäran kunde inte läsas");
        // Jackson's text as the engine REST passes it on for a due date in Tasklist's date field.
        assertThat(EngineRestSwedishErrors.swedish(
                                400,
                                "Cannot deserialize value of type `java.util.Date` from String \"31 mars\":"
                                        + " not a valid representation (error: Failed to parse Date value '31 mars': Unparseable date: \"31 mars\")\n at"
                                        + " [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 36] (through"
                                        + " reference chain: org.camunda.bpm.engine.rest.dto.task.TaskDto[\"due\"])")
                        .message())
                .isEqualTo("Begäran kunde inte läsas: \"31 mars\" i fältet due är inget datum. Datum skrivs som"
                        + " 2027-03-31T17:00:00.000+0200.");
        assertThat(EngineRestSwedishErrors.swedish(
                                400,
                                "Cannot deserialize value of type `java.lang.Integer` from String"
                                        + " \"x\": not a valid `java.lang.Integer` value\n at [Source: REDACTED] (through reference chain:"
                                        + " org.camunda.bpm.engine.rest.dto.runtime.RetriesDto[\"retries\"])")
                        .message())
                .isEqualTo("Begäran kunde inte läsas: ett värde i fältet retries har fel format.");
        assertThat(EngineRestSwedishErrors.swedish(400, "Unexpected character ('}' (code 125)): was expecting a colon")
                        .message())
                .isEqualTo("Begäran kunde inte läsas: den är inte giltig JSON.");
        assertThat(EngineRestSwedishErrors.swedish(
                                403,
                                "The user with id 'kim' does not have one of the following"
                                        + " permissions: 'TASK_WORK' permission on resource 't1' of type 'Task'")
                        .message())
                .isEqualTo(
                        "Användaren kim saknar behörighet för detta. Be en administratör om behörigheten om du behöver den.");
        assertThat(EngineRestSwedishErrors.swedish(400, "Cannot submit task form t1: Unsupported value type 'Foo'")
                        .message())
                .startsWith("Cannot submit task form t1: Variabeltypen \"Foo\" stöds inte.");
        assertThat(EngineRestSwedishErrors.swedish(
                                400,
                                "Cannot submit task form t1: Cannot convert value '31 mars' of type"
                                        + " 'Date' to java type java.util.Date")
                        .message())
                .isEqualTo("Cannot submit task form t1: Värdet kan inte läsas som typen \"Date\". Kontrollera fältet.");
    }

    @Test
    void shouldLeaveOurOwnSwedishMessagesAndUnknownTextsAsTheyAre() {
        assertThat(EngineRestSwedishErrors.swedish(
                        400, "Cannot submit task form t1: Fältet \"Beslut\" måste fyllas i."))
                .isNull();
        assertThat(EngineRestSwedishErrors.swedish(
                        409, "Uppgiften har redan slutförts av en kollega i ärende JVG-2026-0001."))
                .isNull();
        assertThat(EngineRestSwedishErrors.swedish(500, "Something else entirely"))
                .isNull();
        assertThat(EngineRestSwedishErrors.swedish(500, null)).isNull();
        // The permission text is translated only as a 403: the same words elsewhere are not an authorization answer.
        assertThat(EngineRestSwedishErrors.swedish(500, "The user with id 'kim' does not have x"))
                .isNull();
    }
}
