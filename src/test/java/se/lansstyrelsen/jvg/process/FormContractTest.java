package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.form.FormSchema;

/**
 * The forms and the code agree: every key the process reads exists in its form, and the goal and
 * municipality options in the forms equal the data files (the forms are generated from them).
 */
class FormContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldOfferEveryKeyTheProcessReadsInTheForm() {
        for (AccessionProcess.Form form : AccessionProcess.Form.values()) {
            FormSchema schema = schema(form.formId() + ".form");
            assertThat(schema.id()).isEqualTo(form.formId());
            assertThat(schema.fields().keySet()).as(form.formId()).containsAll(form.keysRead());
            form.keysRead()
                    .forEach(key -> assertThat(schema.fields().get(key).readonly())
                            .as(key)
                            .isFalse());
        }
    }

    /** Each key in TaskFormFields (AccessionService's error keys) is a writable field of one of the task forms. */
    @Test
    void shouldOfferEveryTaskFormKeyInATaskForm() throws Exception {
        java.util.Set<String> writable = new java.util.HashSet<>();
        for (AccessionProcess.Form form : AccessionProcess.Form.values()) {
            schema(form.formId() + ".form").fields().values().stream()
                    .filter(f -> !f.readonly())
                    .forEach(f -> writable.add(f.key()));
        }
        List<String> constants = new ArrayList<>();
        for (Field f : se.lansstyrelsen.jvg.accession.TaskFormFields.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).hasSize(14);
        assertThat(writable).containsAll(constants);
    }

    @Test
    void shouldDeclareEveryStartFormKeyTheServerValidates() throws Exception {
        FormSchema start = schema(FormFields.START_FORM_FILE);
        assertThat(start.id()).isEqualTo(AccessionProcess.START_FORM_ID);
        List<String> constants = new ArrayList<>();
        for (Field f : FormFields.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && f.getType() == String.class
                    && !f.getName().startsWith("START_FORM_")
                    && !f.getName().equals("GOALS")) {
                constants.add((String) f.get(null));
            }
        }
        assertThat(constants).hasSize(14);
        assertThat(start.fields().keySet()).containsAll(constants);
        for (JsonNode area : catalogue().path("areas")) {
            String code = area.path("code").asText();
            assertThat(start.fields()).containsKeys(FormFields.goalsKey(code), FormFields.otherGoalKey(code));
            assertThat(start.fields().get(FormFields.otherGoalKey(code)).conditional())
                    .isTrue();
        }
        assertThat(start.fields().get(FormFields.ORGANISATION_NUMBER).pattern()).isNotBlank();
        assertThat(start.fields().get(FormFields.CONTACT_EMAIL).validationType())
                .isEqualTo("email");
        assertThat(start.fields().get(FormFields.PERSONAL_DATA_CONSENT).required())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"accession-start.form", "accession-review.form", "accession-registration.form"})
    void shouldOfferExactlyTheCataloguesGoalsPlusAnotherGoalOptionPerArea(String file) throws Exception {
        FormSchema schema = schema(file);
        JsonNode form = JSON.readTree(new File("forms/" + file));
        for (JsonNode area : catalogue().path("areas")) {
            String code = area.path("code").asText();
            List<String> expectedValues = new ArrayList<>();
            List<String> expectedLabels = new ArrayList<>();
            for (JsonNode goal : area.path("goals")) {
                expectedValues.add(goal.path("code").asText());
                expectedLabels.add(goal.path("text").asText());
            }
            expectedValues.add(code + "-ANNAT");
            expectedLabels.add("Annat regionalt mål inom området");
            assertThat(schema.fields().get(FormFields.goalsKey(code)).options())
                    .as(file + " " + code)
                    .isEqualTo(expectedValues);
            assertThat(labels(form, FormFields.goalsKey(code)))
                    .as(file + " " + code)
                    .isEqualTo(expectedLabels);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"accession-start.form", "accession-review.form"})
    void shouldOfferTheCountys49MunicipalitiesFromTheDataFileInSwedishAlphabeticalOrder(String file) throws Exception {
        JsonNode data = JSON.readTree(new File("src/main/resources/strategy/municipalities.json"));
        Map<String, String> nameByCode = new LinkedHashMap<>();
        data.path("municipalities")
                .forEach(m -> nameByCode.put(
                        m.path("code").asText(), m.path("officialName").asText()));
        assertThat(nameByCode).hasSize(49);
        assertThat(nameByCode.values()).contains("Göteborgs Stad", "Borås Stad", "Trollhättans stad", "Härryda kommun");

        List<String> codes =
                schema(file).fields().get(FormFields.MUNICIPALITY_CODE).options();
        List<String> labels = labels(JSON.readTree(new File("forms/" + file)), FormFields.MUNICIPALITY_CODE);
        assertThat(codes).containsExactlyInAnyOrderElementsOf(nameByCode.keySet());
        for (int i = 0; i < codes.size(); i++) {
            assertThat(labels.get(i)).as(codes.get(i)).isEqualTo(nameByCode.get(codes.get(i)));
        }
        List<String> alphabetical = new ArrayList<>(labels);
        alphabetical.sort(Collator.getInstance(Locale.forLanguageTag("sv-SE")));
        assertThat(labels).isEqualTo(alphabetical);
        assertThat(labels.get(0)).isEqualTo("Ale kommun");
        assertThat(labels.get(48)).isEqualTo("Öckerö kommun");
    }

    private static List<String> labels(JsonNode node, String key) {
        if (key.equals(node.path("key").asText())) {
            List<String> labels = new ArrayList<>();
            node.path("values").forEach(v -> labels.add(v.path("label").asText()));
            return labels;
        }
        for (JsonNode child : node.path("components")) {
            List<String> found = labels(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode catalogue() throws Exception {
        return JSON.readTree(new File("src/main/resources/strategy/goal-catalogue.json"));
    }

    private static FormSchema schema(String file) {
        try {
            return FormSchema.parse(JSON.readTree(new File("forms/" + file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
