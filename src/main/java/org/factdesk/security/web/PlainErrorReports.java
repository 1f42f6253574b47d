package org.factdesk.security.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the servlet container answers by itself, before any of Factdesk's filters run (a request line
 * it cannot parse, {@code GET /%}; a header too large): Tomcat's own HTML page named the server and
 * carried none of the security headers (issue 37). This valve takes the place of Tomcat's error report:
 * the same headers as every other answer, and a problem detail (under {@code /api/}) or a short plain
 * text, never markup that echoes the request.
 */
@Component
class PlainErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
                host.getPipeline().addValve(new Valve());
            }
        });
    }

    /** Tomcat's error report, without its page. */
    public static class Valve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                SecurityHeadersFilter.apply(response, true);
                response.setHeader("Cache-Control", "no-store");
                var uri = request.getRequestURI();
                var reason = status == 400 ? "The request could not be read (an address or header that is not valid)"
                        : status == 413 || status == 431 ? "The request is too large" : "The request failed";
                String body;
                if (uri != null && uri.startsWith("/api/")) {
                    response.setContentType("application/problem+json");
                    var known = org.springframework.http.HttpStatus.resolve(status);
                    body = ProblemResponses.json(status, known == null ? "Error" : known.getReasonPhrase(), reason);
                } else {
                    response.setContentType("text/plain");
                    body = reason + " (HTTP " + status + ").\n";
                }
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the answer was begun elsewhere: nothing more to say.
            }
        }
    }
}
