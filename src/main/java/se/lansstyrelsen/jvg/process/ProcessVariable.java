package se.lansstyrelsen.jvg.process;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * One process variable: its name, its Java type and who writes it, declared once (as camunda-bpm-data's
 * {@code VariableFactory} does), so a delegate reads and writes it without deciding the type at the call.
 *
 * <p>Reading is strict: a value of another type is refused, not converted. The one conversion is between
 * whole numbers ({@code Long} and {@code Integer} read each other's values when they fit), because the engine
 * stores an int written as a number of the other width unchanged. A wrong type in a variable a form writes
 * is the user's input and answers 400 (a {@link FormFieldValidationException}); in a server-owned one it is a
 * programming error ({@link IllegalStateException}).
 *
 * @param name the variable's name in the engine
 * @param type its Java type
 * @param writer who may write it
 */
public record ProcessVariable<T>(String name, Class<T> type, Writer writer) {

    /** Who writes a variable: only the application, or a user through a task's form. */
    public enum Writer {
        /** Delegates, listeners and gateways; no user may set or remove it (TaskInputGuard). */
        SERVER,
        /** A field of a task's form (and the application). */
        FORM
    }

    public ProcessVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(writer);
    }

    public static <T> ProcessVariable<T> server(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Writer.SERVER);
    }

    public static <T> ProcessVariable<T> form(String name, Class<T> type) {
        return new ProcessVariable<>(name, type, Writer.FORM);
    }

    public boolean serverOwned() {
        return writer == Writer.SERVER;
    }

    /** The value, or null when the variable is not set. */
    public T get(VariableScope scope) {
        return read(scope.getVariable(name));
    }

    /** The value; a missing one is an {@link IllegalStateException}. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return value;
    }

    /** The value, or {@code whenMissing} when the variable is not set. */
    public T orElse(VariableScope scope, T whenMissing) {
        T value = get(scope);
        return value == null ? whenMissing : value;
    }

    /** For a Boolean variable: true only when set to {@code Boolean.TRUE} (missing is false). */
    public boolean isTrue(VariableScope scope) {
        return Boolean.TRUE.equals(get(scope));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    /** A stored value as this variable's type (see the class comment). */
    T read(Object value) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            long n = ((Number) value).longValue();
            if (type == Long.class) {
                return type.cast(n);
            }
            if (type == Integer.class && n == (int) n) {
                return type.cast((int) n);
            }
        }
        if (writer == Writer.FORM) {
            throw new FormFieldValidationException(name, text("process.field.wrong-type", name));
        }
        throw new IllegalStateException("Process variable " + name + " is a "
                + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
    }
}
