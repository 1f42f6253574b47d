package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request example the OpenAPI document shows is accepted by the endpoint it documents: the
 * examples are sent, in the document's order, as a reviewer would send them (the document example
 * first, so the claim examples' offsets fall on its words), with the path's ids those writes made.
 */
@IntegrationTest
class ApiExamplesTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void every_request_example_is_accepted_by_its_endpoint() throws Exception {
        var body = mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, REVIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var doc = JSON.readTree(body);
        var order = new ArrayList<String>();
        var examples = new HashMap<String, JsonNode>();
        for (var example : JSON.readTree(getClass().getResourceAsStream("/api/examples.json"))) {
            order.add(example.path("operation").asString());
        }
        for (var operation : order) {
            var parts = operation.split(" ", 2);
            var shown = doc.path("paths").path(parts[1]).path(parts[0].toLowerCase()).path("requestBody").path("content")
                    .path("application/json").path("examples");
            assertThat(shown.isEmpty()).as("the document shows an example for %s", operation).isFalse();
            examples.put(operation, shown.values().iterator().next().path("value"));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);

        var ids = new HashMap<String, String>();
        for (var operation : order) {
            var parts = operation.split(" ", 2);
            var path = parts[1].replace("{documentId}", ids.getOrDefault("document", "0"))
                    .replace("{id}", ids.getOrDefault("claim", "0"));
            var answer = mvc.perform(request(HttpMethod.valueOf(parts[0]), path).header(HttpHeaders.AUTHORIZATION, REVIEWER)
                    .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(examples.get(operation))))
                    .andReturn().getResponse();
            assertThat(answer.getStatus()).as("%s with its example: %s", operation, answer.getContentAsString())
                    .isBetween(200, 299);
            var written = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
            if (parts[1].equals("/api/v1/documents")) {
                ids.put("document", written.path("id").asString());
            } else if (parts[1].endsWith("/claims")) {
                ids.put("claim", written.path("id").asString());
            }
        }
    }
}
