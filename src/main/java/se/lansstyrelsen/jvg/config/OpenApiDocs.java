package se.lansstyrelsen.jvg.config;

import static se.lansstyrelsen.jvg.config.Texts.text;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The OpenAPI documents (springdoc): the group "offentlig" lists only the public API under /api/**, and
 * /v3/api-docs (springdoc's ungrouped document of every path) is answered with it; the group "intern" lists
 * /intern/** and is served only behind the internal login (WebSecurity: every /v3/api-docs path but the public
 * ones needs it). springdoc reads Spring MVC's handler
 * mappings only, so Camunda's JAX-RS engine REST API (/engine-rest) and the webapps are not in either.
 */
@Configuration
class OpenApiDocs {

    static final String PUBLIC_GROUP = "offentlig";
    static final String INTERNAL_GROUP = "intern";

    /** Title and the internal login scheme, added to each group's own document (never a shared OpenAPI bean). */
    private static OpenApiCustomizer info(String what) {
        return openApi -> openApi.info(new Info()
                        .title(text("config.openapi.title", what))
                        .version("1")
                        .description(text("config.openapi.description")))
                .components(openApi.getComponents() == null ? new Components() : openApi.getComponents())
                .getComponents()
                .addSecuritySchemes(
                        "camunda",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description(text("config.openapi.security")));
    }

    @Bean
    GroupedOpenApi publicApi() {
        return GroupedOpenApi.builder()
                .group(PUBLIC_GROUP)
                .pathsToMatch("/api/**")
                .addOpenApiCustomizer(info(text("config.openapi.group.public")))
                .build();
    }

    @Bean
    GroupedOpenApi internalApi() {
        return GroupedOpenApi.builder()
                .group(INTERNAL_GROUP)
                .pathsToMatch("/intern/**")
                .addOpenApiCustomizer(info(text("config.openapi.group.internal")))
                .build();
    }

    /**
     * springdoc keeps serving its ungrouped document of every path at /v3/api-docs when groups exist (and a
     * global {@code springdoc.paths-to-match} would narrow the groups too): that URL (and its .yaml) answers with
     * the public group's document instead. Runs after Spring Security, which has let the public URL through.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicApiDocsAsDefault() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = path(request);
                return !"/v3/api-docs".equals(path) && !"/v3/api-docs.yaml".equals(path);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String target = path(request) + "/" + PUBLIC_GROUP;
                chain.doFilter(
                        new HttpServletRequestWrapper(request) {
                            @Override
                            public String getRequestURI() {
                                return request.getContextPath() + target;
                            }

                            @Override
                            public StringBuffer getRequestURL() {
                                String url = request.getRequestURL().toString();
                                return new StringBuffer(url.substring(
                                                0,
                                                url.length()
                                                        - request.getRequestURI()
                                                                .length())
                                        + getRequestURI());
                            }

                            @Override
                            public String getServletPath() {
                                return request.getServletPath().isEmpty() ? "" : target;
                            }
                        },
                        response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
