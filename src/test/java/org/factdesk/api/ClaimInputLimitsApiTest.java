package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * No input to a claim's write endpoints produces a 5xx: every over-long or wrongly typed value of
 * every field is a 4xx that names the field, and the claim (with its history) stays as it was.
 */
@IntegrationTest
class ClaimInputLimitsApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String LONG = "x".repeat(100_001);

    @Autowired
    MockMvc mvc;

    private String body(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void over_long_and_mistyped_values_are_4xx_naming_the_field_and_change_nothing() throws Exception {
        var doc = body(post("/api/v1/documents"), "{\"title\":\"Limits\",\"text\":\"The agency said 300 jobs were cut.\"}");
        long docId = ((Number) JsonPath.read(doc, "$.id")).longValue();
        var created = body(post("/api/v1/documents/" + docId + "/claims"), "{\"start\":16,\"end\":33}");
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        var source = body(post("/api/v1/sources"), "{\"url\":\"https://limits.example/" + System.nanoTime()
                + "\",\"title\":\"Agency\",\"kind\":\"NEWS_REPORT\"}");
        long sourceId = ((Number) JsonPath.read(source, "$.id")).longValue();
        var before = body(get("/api/v1/claims/" + id), "");
        var historyBefore = body(get("/api/v1/claims/" + id + "/history"), "");

        var patchFields = new LinkedHashMap<String, String>();
        for (var field : List.of("claimText", "exact", "verdict", "rationale", "noEvidenceNote", "assignee")) {
            patchFields.put(field, "{\"" + field + "\":\"" + LONG + "\"" + (field.equals("exact") ? ",\"start\":16,\"end\":33" : "") + "}");
        }
        patchFields.put("tags", "{\"tags\":[\"" + LONG + "\"]}");
        patchFields.put("start", "{\"start\":\"sixteen\",\"end\":33}");
        for (var field : List.of("statedRole", "cue", "checkNote")) {
            patchFields.put("attribution." + field, "{\"attribution\":{\"" + field + "\":\"" + LONG + "\"}}");
        }
        var attempts = new LinkedHashMap<String, Map.Entry<MockHttpServletRequestBuilder, String>>();
        patchFields.forEach((field, json) -> attempts.put("PATCH " + field, Map.entry(patch("/api/v1/claims/" + id), json)));
        for (var field : List.of("verdict", "rationale", "noEvidenceNote")) {
            attempts.put("PUT verdict " + field, Map.entry(put("/api/v1/claims/" + id + "/verdict"),
                    "{\"" + field + "\":\"" + LONG + "\"}"));
        }
        for (var field : List.of("statedRole", "cue", "checkNote")) {
            attempts.put("PUT attribution " + field, Map.entry(put("/api/v1/claims/" + id + "/attribution"),
                    "{\"" + field + "\":\"" + LONG + "\"}"));
        }
        for (var field : List.of("excerpt", "locator", "note", "stance")) {
            attempts.put("POST evidence " + field, Map.entry(post("/api/v1/claims/" + id + "/evidence"),
                    "{\"sourceId\":" + sourceId + ",\"stance\":\"SUPPORTS\",\"" + field + "\":\"" + LONG + "\"}"));
        }
        attempts.put("POST transition note", Map.entry(post("/api/v1/claims/" + id + "/transitions"),
                "{\"to\":\"IN_RESEARCH\",\"note\":\"" + LONG + "\"}"));
        attempts.put("POST transition to", Map.entry(post("/api/v1/claims/" + id + "/transitions"),
                "{\"to\":\"" + LONG + "\"}"));
        attempts.put("If-Match", Map.entry(patch("/api/v1/claims/" + id).header(HttpHeaders.IF_MATCH, "\"" + LONG + "\""),
                "{\"claimText\":\"ok\"}"));

        for (var attempt : attempts.entrySet()) {
            var response = mvc.perform(attempt.getValue().getKey().header(HttpHeaders.AUTHORIZATION, REVIEWER)
                    .contentType(MediaType.APPLICATION_JSON).content(attempt.getValue().getValue())).andReturn().getResponse();
            assertThat(response.getStatus()).as(attempt.getKey() + ": " + response.getContentAsString()).isBetween(400, 499);
            assertThat(response.getContentAsString()).as(attempt.getKey()).contains("\"detail\"");
        }
        assertThat(body(get("/api/v1/claims/" + id), "")).isEqualTo(before);
        assertThat(body(get("/api/v1/claims/" + id + "/history"), "")).isEqualTo(historyBefore);
    }
}
