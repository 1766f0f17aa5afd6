package se.lansstyrelsen.jvg.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;

/**
 * Compares a submitted form value with a stored variable the way a person reads them: a number is a
 * number whatever its Java type, a checklist is its list of values whether it came as Json or a list,
 * and an empty text, an empty list and a missing value are all "nothing".
 */
final class VariableValues {

    private VariableValues() {}

    static boolean same(Object submitted, Object stored) {
        return Objects.equals(normalise(submitted), normalise(stored));
    }

    static Object normalise(Object value) {
        Object v = value;
        if (v instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            v = fromSerialized(serializable.getValueSerialized());
        } else if (v instanceof TypedValue typed) {
            v = typed.getValue();
        }
        v = ProcessVariables.plainValue(v);
        if (v instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(normalise(item)));
            return out.isEmpty() ? null : out;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (v instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        return v;
    }

    /** A Json value as plain Java; anything else (e.g. Java serialization) stays its serialized text. */
    private static Object fromSerialized(String serialized) {
        if (serialized == null) {
            return null;
        }
        try {
            return ProcessVariables.plainValue(Spin.JSON(serialized));
        } catch (RuntimeException notJson) {
            return serialized;
        }
    }
}
