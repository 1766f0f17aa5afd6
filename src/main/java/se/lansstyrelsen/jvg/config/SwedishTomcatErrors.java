package se.lansstyrelsen.jvg.config;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any of our code runs (a URL with an encoded slash, {@code %00}, a
 * line break or {@code ..} in it; a path parameter; a malformed request line), get a short Swedish page, or
 * Swedish problem+json under {@code /api/}, instead of Tomcat's English "HTTP Status 400 – Bad Request" page
 * with its server version. The texts are {@link SwedishErrorPages}'s.
 */
@Component
class SwedishTomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(SwedishErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, in Swedish and without server details. */
    public static class SwedishErrorReportValve extends ErrorReportValve {

        public SwedishErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            SwedishErrorPages.Text text = SwedishErrorPages.textFor(status == null ? HttpStatus.BAD_REQUEST : status);
            String uri = request.getDecodedRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                if (api) {
                    out.write(Problems.json(code, text.title(), text.message()));
                } else {
                    out.write("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"><title>" + text.title()
                            + "</title></head><body><h1>" + text.title() + "</h1><p>" + text.message()
                            + "</p></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client has gone; nothing more to say
            }
        }
    }
}
