package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.TreeSet;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document covers the API: every {@code /api/v1} mapping the application has is an
 * operation in it (a new endpoint that springdoc cannot see fails here), with its responses; the
 * two ways in are declared; and only a signed-in caller reads it.
 */
@IntegrationTest
class OpenApiDocumentTest {

    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document() throws Exception {
        var body = mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void every_api_mapping_is_an_operation_of_the_document() throws Exception {
        var doc = document();
        assertThat(doc.path("openapi").asString()).startsWith("3.1");
        var missing = new ArrayList<String>();
        var operations = new TreeSet<String>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (var pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                var path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                var methods = info.getMethodsCondition().getMethods();
                for (var method : methods) {
                    var operation = doc.path("paths").path(path).path(method.name().toLowerCase(Locale.ROOT));
                    operations.add(method + " " + path);
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path);
                    } else if (operation.path("responses").isEmpty()) {
                        missing.add(method + " " + path + " (no responses)");
                    }
                }
            }
        }
        assertThat(operations).hasSizeGreaterThan(60);
        assertThat(missing).as("mappings the document lacks").isEmpty();
        assertThat(doc.path("paths").path("/api/v1/claims/{id}/history").path("get").path("responses").path("200")
                .path("content").isEmpty()).isFalse();
    }

    @Test
    void it_declares_basic_and_token_sign_in_and_problem_details_for_errors() throws Exception {
        var doc = document();
        var schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("token").path("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.path("security").toString()).contains("basic").contains("token");
        assertThat(doc.path("components").path("schemas").has("ProblemDetail")).isTrue();
        var verdict = doc.path("paths").path("/api/v1/claims/{id}/verdict").path("put").path("responses");
        assertThat(verdict.has("412")).as("a write with If-Match says it may be stale").isTrue();
        assertThat(verdict.path("422").path("content").has("application/problem+json")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/claims").path("get").path("responses").has("412")).isFalse();
    }

    @Test
    void only_a_signed_in_caller_reads_it() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }
}
