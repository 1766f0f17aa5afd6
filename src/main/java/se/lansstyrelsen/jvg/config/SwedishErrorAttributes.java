package se.lansstyrelsen.jvg.config;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The JSON error body Spring writes for a client that does not ask for HTML (a request the firewall refused,
 * e.g. {@code %2e%2e} or {@code %25} in the path) carries the Swedish title and explanation of
 * {@link SwedishErrorPages} instead of "Bad Request". Browsers get the Swedish page as before.
 */
@Component
class SwedishErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        HttpStatus resolved = status instanceof Integer code ? HttpStatus.resolve(code) : null;
        if (resolved != null) {
            SwedishErrorPages.Text text = SwedishErrorPages.textFor(resolved);
            attributes.put("error", text.title());
            attributes.put("message", text.message());
        }
        return attributes;
    }
}
