package se.lansstyrelsen.jvg.config;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API refuses a variable it cannot read (an unknown value type, a Date or number that is
 * none) with a 400 in English, before any of our rules run. Tasklist shows that message to the caseworker,
 * so it is replaced by a Swedish one; the REST prefix ("Cannot submit task form …: ") stays, since Tasklist's
 * script removes it. Other answers pass unchanged.
 */
@Component
class EngineRestSwedishErrors implements ResourceConfigCustomizer {

  private static final Pattern PREFIX = Pattern.compile("^((?:Cannot [^:]+: )?)(.*)$", Pattern.DOTALL);
  private static final Pattern UNSUPPORTED_TYPE = Pattern.compile("Unsupported value type '([^']*)'");
  private static final Pattern NOT_CONVERTIBLE = Pattern.compile("Cannot convert value '(.*)' of type '([^']*)' to java type .*",
      Pattern.DOTALL);

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(new SwedishVariableErrors());
  }

  static String swedish(String message) {
    Matcher parts = PREFIX.matcher(message);
    if (!parts.matches()) {
      return null;
    }
    String text = parts.group(2);
    Matcher unsupported = UNSUPPORTED_TYPE.matcher(text);
    if (unsupported.matches()) {
      return parts.group(1) + "Variabeltypen \"" + unsupported.group(1) + "\" stöds inte. Formulären skickar text, tal,"
          + " ja/nej, datum och JSON.";
    }
    Matcher notConvertible = NOT_CONVERTIBLE.matcher(text);
    if (notConvertible.matches()) {
      return parts.group(1) + "Värdet kan inte läsas som typen \"" + notConvertible.group(2) + "\". Kontrollera fältet.";
    }
    return null;
  }

  /** A JAX-RS response filter: runs after Camunda's exception mappers have built the error body. */
  static final class SwedishVariableErrors implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() != 400 || !(response.getEntity() instanceof ExceptionDto dto) || dto.getMessage() == null) {
        return;
      }
      String swedish = swedish(dto.getMessage());
      if (swedish != null) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", dto.getType());
        body.put("message", swedish);
        body.put("code", dto.getCode());
        response.setEntity(body);
      }
    }
  }
}
