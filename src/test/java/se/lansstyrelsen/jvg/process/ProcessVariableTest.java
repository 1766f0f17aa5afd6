package se.lansstyrelsen.jvg.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** Typed process variables: strict reading, and the accession's table of names, types and writers. */
class ProcessVariableTest {

    private final VariableScope scope = mock(VariableScope.class);

    @Test
    void shouldReadAValueOfItsOwnType() {
        when(scope.getVariable("caseNumber")).thenReturn("JVG-2026-0042");

        assertThat(AccessionVariables.CASE_NUMBER.get(scope)).isEqualTo("JVG-2026-0042");
    }

    @Test
    void shouldGiveNullOrTheFallbackForAMissingValueAndRefuseItWhereRequired() {
        assertThat(AccessionVariables.REVIEW_COMMENT.get(scope)).isNull();
        assertThat(AccessionVariables.REMINDER_COUNT.orElse(scope, 0)).isZero();
        assertThat(AccessionVariables.GOALS_CONFIRMED.isTrue(scope)).isFalse();
        assertThatThrownBy(() -> AccessionVariables.FOLLOW_UP_ID.require(scope))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("followUpId");
    }

    @Test
    void shouldReadAWholeNumberOfTheOtherWidth() {
        when(scope.getVariable("followUpId")).thenReturn(7);
        when(scope.getVariable("reminderCount")).thenReturn(2L);

        assertThat(AccessionVariables.FOLLOW_UP_ID.require(scope)).isEqualTo(7L);
        assertThat(AccessionVariables.REMINDER_COUNT.orElse(scope, 0)).isEqualTo(2);
    }

    @Test
    void shouldRefuseAWholeNumberThatDoesNotFitAnInteger() {
        when(scope.getVariable("reminderCount")).thenReturn(1L << 40);

        assertThatThrownBy(() -> AccessionVariables.REMINDER_COUNT.get(scope))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reminderCount");
    }

    /** The text "true" is no yes: a form sends a Boolean, so a text there is a wrong input (400), not a check. */
    @Test
    void shouldRefuseTheTextTrueForACheckboxAsAFormError() {
        when(scope.getVariable("checkGoalsChosen")).thenReturn("true");

        assertThatThrownBy(() -> AccessionVariables.CHECK_GOALS_CHOSEN.isTrue(scope))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("checkGoalsChosen");
    }

    @Test
    void shouldRefuseAWrongTypeInAServerOwnedVariableAsAProgrammingError() {
        when(scope.getVariable("accessionId")).thenReturn("42");

        assertThatThrownBy(() -> AccessionVariables.ACCESSION_ID.get(scope))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accessionId")
                .hasMessageContaining("String");
    }

    @Test
    void shouldWriteUnderItsName() {
        AccessionVariables.REMINDER_COUNT.set(scope, 3);
        AccessionVariables.CASE_HISTORY.setLocal(scope, "historik");

        verify(scope).setVariable("reminderCount", 3);
        verify(scope).setVariableLocal("caseHistory", "historik");
    }

    /** The set TaskInputGuard protects is the one it protected when it was written out by hand. */
    @Test
    void shouldKeepTheServerOwnedVariablesUnchanged() {
        assertThat(AccessionVariables.SERVER_OWNED)
                .containsExactlyInAnyOrder(
                        "accessionId",
                        "caseNumber",
                        "possibleDuplicate",
                        "possibleDuplicateOf",
                        "followUpId",
                        "reminderCount",
                        "initiator",
                        "minutesExtractName",
                        "withdrawalReason",
                        "caseworker",
                        "caseHistory",
                        "registrationReferenceExample",
                        "invitationId");
    }

    /** Each name in AccessionProcess.Variables has exactly one typed constant, and no typed one is left without. */
    @Test
    void shouldTypeEveryNamedVariableOnce() throws IllegalAccessException {
        Set<String> names = new java.util.HashSet<>();
        for (Field f : AccessionProcess.Variables.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        Map<String, List<ProcessVariable<?>>> typed =
                AccessionVariables.ALL.stream().collect(Collectors.groupingBy(ProcessVariable::name));

        assertThat(typed.keySet()).isEqualTo(names);
        assertThat(typed.values()).allSatisfy(list -> assertThat(list).hasSize(1));
    }

    /** What a task form sends is form-writable; nothing a form reads is server-owned. */
    @Test
    void shouldDeclareEveryKeyAFormSendsAsFormWritable() {
        Map<String, ProcessVariable<?>> byName =
                AccessionVariables.ALL.stream().collect(Collectors.toMap(ProcessVariable::name, Function.identity()));
        List<String> keysRead = Arrays.stream(AccessionProcess.Form.values())
                .flatMap(form -> form.keysRead().stream())
                .toList();

        assertThat(keysRead)
                .isNotEmpty()
                .allSatisfy(key -> assertThat(byName.get(key).writer()).as(key).isEqualTo(ProcessVariable.Writer.FORM));
        assertThat(byName.values().stream()
                        .filter(v -> v.writer() == ProcessVariable.Writer.FORM)
                        .map(ProcessVariable::name))
                .containsExactlyInAnyOrderElementsOf(keysRead);
    }
}
