package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a browser sees is a Swedish page in the public layout, instead of Spring's English
 * "Whitelabel Error Page". Only for HTML: API clients keep Spring's JSON error body, and our /api answers
 * with problem+json as before. The page never shows the exception, its message or a stack trace.
 */
@Component
class SwedishErrorPages implements ErrorViewResolver {

    static final String VIEW = "public/error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Text text = textFor(status);
        ModelAndView view = new ModelAndView(
                VIEW, Map.of("status", status.value(), "title", text.title(), "message", text.message()));
        view.setStatus(status);
        return view;
    }

    static Text textFor(HttpStatus status) {
        String name = switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "not-acceptable";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            default -> status.is4xxClientError() ? "client-error" : "server-error";
        };
        return new Text(text("config.error." + name + ".title"), text("config.error." + name + ".message"));
    }

    /** Heading and explanation of an error page. */
    record Text(String title, String message) {}
}
