package se.lansstyrelsen.jvg.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI documents (springdoc): the group "offentlig" (also the default /v3/api-docs) lists only the
 * public API under /api/**; the group "intern" lists /intern/** and is served only behind the internal login
 * (WebSecurity: every /v3/api-docs path but the public ones needs it). springdoc reads Spring MVC's handler
 * mappings only, so Camunda's JAX-RS engine REST API (/engine-rest) and the webapps are not in either.
 */
@Configuration
class OpenApiDocs {

  static final String PUBLIC_GROUP = "offentlig";
  static final String INTERNAL_GROUP = "intern";

  @Bean
  OpenAPI openApi() {
    return new OpenAPI()
        .info(new Info().title("Jämställt Västra Götaland – anslutningar").version("1")
            .description("Länsstyrelsen i Västra Götalands läns tjänst för anslutning till strategin Jämställt Västra"
                + " Götaland 2024–2027. Registret över anslutna organisationer är öppna data."))
        .components(new Components().addSecuritySchemes("camunda", new SecurityScheme()
            .type(SecurityScheme.Type.HTTP).scheme("basic")
            .description("En Camunda-användare (handläggare eller chef), eller inloggning i Tasklist/Cockpit")));
  }

  @Bean
  GroupedOpenApi publicApi() {
    return GroupedOpenApi.builder().group(PUBLIC_GROUP).displayName("Öppna data och offentligt API")
        .pathsToMatch("/api/**").build();
  }

  @Bean
  GroupedOpenApi internalApi() {
    return GroupedOpenApi.builder().group(INTERNAL_GROUP).displayName("Internt (kräver inloggning)")
        .pathsToMatch("/intern/**").build();
  }
}
