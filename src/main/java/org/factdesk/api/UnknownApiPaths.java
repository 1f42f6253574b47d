package org.factdesk.api;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any address under {@code /api/} that no controller answers is a 404 problem detail, whatever its
 * method: without this, the request fell through to the app's own pages and a client's mistyped
 * {@code POST /api/v1/nonexistent} got 200 and an HTML page. It sits after the controllers' mapping
 * (a known address with a method it does not take still answers 405 there) and before the pages'
 * and static files' mappings.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(JsonMapper json) {
        HttpRequestHandler notFound = (request, response) -> {
            var problem = new java.util.LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", HttpStatus.NOT_FOUND.getReasonPhrase());
            problem.put("status", HttpStatus.NOT_FOUND.value());
            problem.put("detail", "There is no such API resource: see the API reference in the README for the"
                    + " addresses there are");
            problem.put("instance", request.getRequestURI());
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problem);
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }
}
