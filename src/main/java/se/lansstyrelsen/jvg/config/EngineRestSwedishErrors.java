package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers in English; Tasklist and Cockpit show its message to the caseworker as it is.
 * This filter replaces the texts a caseworker can meet there by Swedish ones:
 * <ul>
 *   <li>a variable it cannot read (an unknown value type, a Date or number that is none), 400, before any of
 *       our rules run; the REST prefix ("Cannot submit task form …: ") stays, since Tasklist's script removes it;</li>
 *   <li>a body Jackson cannot read (a due date or follow-up date in the wrong format), a 400 with an empty text;</li>
 *   <li>claiming a task a colleague has just claimed (the engine's 500 becomes 409);</li>
 *   <li>claiming, assigning, delegating or dating a task that no longer exists (a colleague completed it;
 *       500 or 404 becomes 404);</li>
 *   <li>Cockpit's retries on a job that is gone (500 becomes 404) or a negative retry count (400);</li>
 *   <li>the engine's own missing-permission text (403; the structured fields stay).</li>
 * </ul>
 * Our own messages (task form rules, conflicts) are Swedish already and pass unchanged, as does anything else.
 */
@Component
class EngineRestSwedishErrors implements ResourceConfigCustomizer {

    private static final Pattern PREFIX = Pattern.compile("^((?:Cannot [^:]+: )?)(.*)$", Pattern.DOTALL);
    private static final Pattern ENGINE_CODE = Pattern.compile("^(?:ENGINE-\\d+ )?(.*)$", Pattern.DOTALL);
    private static final Pattern UNSUPPORTED_TYPE = Pattern.compile("Unsupported value type '([^']*)'");
    private static final Pattern NOT_CONVERTIBLE =
            Pattern.compile("Cannot convert value '(.*)' of type '([^']*)' to java type .*", Pattern.DOTALL);
    private static final Pattern ALREADY_CLAIMED =
            Pattern.compile("Task '[^']*' is already claimed by someone else\\.");
    private static final Pattern TASK_GONE = Pattern.compile(
            "(?:Cannot find task with id [^:]*: task is null|No matching task with id .*)", Pattern.DOTALL);
    private static final Pattern NEGATIVE_RETRIES = Pattern.compile(
            "The number of job retries must be a non-negative Integer, but '([^']*)' has been provided\\.");
    private static final Pattern JOB_GONE = Pattern.compile("No job found with id '[^']*'\\.'?");
    private static final Pattern JSON_DATE = Pattern.compile(
            "Cannot deserialize value of type `java\\.util\\.Date` from String \"(.*?)\".*\\[\"(\\w+)\"\\]\\)?\\s*",
            Pattern.DOTALL);
    private static final Pattern JSON_VALUE =
            Pattern.compile("Cannot deserialize .*?(?:\\[\"(\\w+)\"\\]\\))?\\s*", Pattern.DOTALL);
    private static final Pattern JSON_SYNTAX = Pattern.compile(
            "(Unexpected character|Unrecognized token|Unexpected end-of-input|Unrecognized field|Illegal)");
    private static final Pattern NO_PERMISSION =
            Pattern.compile("The user with id '([^']*)' does not have .*", Pattern.DOTALL);

    /** A Swedish answer: the status to send (the engine's own when unchanged) and the message. */
    record Swedish(int status, String message) {}

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new SwedishVariableErrors());
        config.register(new UnreadableValue());
        config.register(new UnreadableJson(), Priorities.USER - 1000);
    }

    /** The Swedish answer for an engine REST error, or null when the message is ours or unknown. */
    static Swedish swedish(int status, String message) {
        if (message == null) {
            return null;
        }
        if (status == 400) {
            // Jackson's texts, passed on by Camunda's JsonMappingExceptionHandler and JsonParseExceptionHandler.
            Matcher date = JSON_DATE.matcher(message);
            if (date.matches()) {
                return new Swedish(400, text("config.engine-rest.bad-date", date.group(1), date.group(2)));
            }
            Matcher value = JSON_VALUE.matcher(message);
            if (message.isEmpty() || value.matches()) {
                return new Swedish(
                        400,
                        value.matches() && value.group(1) != null
                                ? text("config.engine-rest.bad-value-in-field", value.group(1))
                                : text("config.engine-rest.bad-value"));
            }
            if (JSON_SYNTAX.matcher(message).lookingAt()) {
                return new Swedish(400, text("config.engine-rest.invalid-json"));
            }
        }
        String text = ENGINE_CODE.matcher(message).replaceFirst("$1");
        if (ALREADY_CLAIMED.matcher(text).matches()) {
            return new Swedish(409, text("config.engine-rest.task-claimed"));
        }
        if (TASK_GONE.matcher(text).matches()) {
            return new Swedish(404, text("config.engine-rest.task-gone"));
        }
        Matcher retries = NEGATIVE_RETRIES.matcher(text);
        if (retries.matches()) {
            return new Swedish(400, text("config.engine-rest.negative-retries", retries.group(1)));
        }
        if (JOB_GONE.matcher(text).matches()) {
            return new Swedish(404, text("config.engine-rest.job-gone"));
        }
        Matcher permission = NO_PERMISSION.matcher(text);
        if (status == 403 && permission.matches()) {
            return new Swedish(403, text("config.engine-rest.no-permission", permission.group(1)));
        }
        Matcher parts = PREFIX.matcher(message);
        if (status != 400 || !parts.matches()) {
            return null;
        }
        String rest = parts.group(2);
        Matcher unsupported = UNSUPPORTED_TYPE.matcher(rest);
        if (unsupported.matches()) {
            return new Swedish(400, parts.group(1) + text("config.engine-rest.unsupported-type", unsupported.group(1)));
        }
        Matcher notConvertible = NOT_CONVERTIBLE.matcher(rest);
        if (notConvertible.matches()) {
            return new Swedish(
                    400, parts.group(1) + text("config.engine-rest.not-convertible", notConvertible.group(2)));
        }
        return null;
    }

    /**
     * A value Jackson could not read (a date or number in the wrong format) keeps Jackson's text, which names the
     * field. Two mappers for its superclass JsonMappingException are registered, Camunda's (which drops the text)
     * and jackson-jaxrs's (which keeps it), and Jersey chose either one from start to start: the caseworker read
     * which field was wrong after one start and only "a value" after the next. Jersey takes the mapper of the
     * nearest type, so this one answers every time; the filter below makes the text Swedish.
     */
    static final class UnreadableValue implements ExceptionMapper<MismatchedInputException> {
        @Override
        public Response toResponse(MismatchedInputException exception) {
            return jacksonText(exception);
        }
    }

    /**
     * A body that is not JSON, likewise: two mappers of the same type, Camunda's and jackson-jaxrs's, so this one is
     * registered with a higher priority, which Jersey uses to choose between mappers of the same type.
     */
    static final class UnreadableJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return jacksonText(exception);
        }
    }

    private static Response jacksonText(JsonProcessingException exception) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType("InvalidRequestException");
        dto.setMessage(exception.getMessage());
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(dto)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** A JAX-RS response filter: runs after Camunda's exception mappers have built the error body. */
    static final class SwedishVariableErrors implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() < 400) {
                return;
            }
            if (response.getEntity() instanceof ExceptionDto dto) {
                Swedish swedish = swedish(response.getStatus(), dto.getMessage());
                if (swedish != null) {
                    dto.setMessage(swedish.message());
                    response.setStatus(swedish.status());
                }
            } else if (response.getEntity() instanceof String text && response.getStatus() == 400 && !text.isEmpty()) {
                // A bare text from another mapper (jackson-jaxrs's answer before UnreadableValue and UnreadableJson
                // took over); kept for a Jackson exception neither of them covers.
                Swedish swedish = swedish(400, text);
                if (swedish != null) {
                    ExceptionDto dto = new ExceptionDto();
                    dto.setType("InvalidRequestException");
                    dto.setMessage(swedish.message());
                    response.setEntity(dto, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
                }
            }
        }
    }
}
