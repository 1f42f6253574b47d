package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Factdesk JSON export with a value this desk does not know (a claimant kind, a claim status, an
 * evidence stance, an attribution form or check, a source kind) or of the wrong type is refused with
 * a 4xx that names the field, and nothing of it is stored (issue 16, finding 8).
 */
@IntegrationTest
class ImportInputApiTest {

    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;

    @Test
    void unknown_or_mistyped_values_in_an_import_are_4xx_naming_the_field_and_store_nothing() throws Exception {
        // The sample document has claimants, sources, evidence, attributions and statuses to spoil.
        var export = mvc.perform(get("/api/v1/documents/1/report").param("format", "json")
                .header(HttpHeaders.AUTHORIZATION, EDITOR)).andReturn().getResponse().getContentAsString();
        assertThat(export).contains("\"stance\"").contains("\"form\"").contains("\"status\"");
        var spoiled = new LinkedHashMap<String, String>();
        spoiled.put("claimants.kind", export.replaceFirst("\"kind\"\\s*:\\s*\"(PERSON|ORGANIZATION|GOVERNMENT|MEDIA|ANONYMOUS)\"",
                "\"kind\":\"ALIEN\""));
        spoiled.put("claims.status", export.replaceFirst("\"status\"\\s*:\\s*\"[A-Z_]+\"", "\"status\":\"SHREDDED\""));
        spoiled.put("evidence.stance", export.replaceFirst("\"stance\"\\s*:\\s*\"[A-Z_]+\"", "\"stance\":\"MAYBE\""));
        spoiled.put("attribution.form", export.replaceFirst("\"form\"\\s*:\\s*\"[A-Z_]+\"", "\"form\":\"SHOUTED\""));
        spoiled.put("attribution.check", export.replaceFirst("\"check\"\\s*:\\s*\"[A-Z_]+\"", "\"check\":\"VIBES\""));
        spoiled.put("start", export.replaceFirst("\"start\"\\s*:\\s*\\d+", "\"start\":\"early\""));
        var documentsBefore = documentCount();
        for (var entry : spoiled.entrySet()) {
            assertThat(entry.getValue()).as(entry.getKey()).isNotEqualTo(export);
            var response = mvc.perform(post("/api/v1/documents/import").param("duplicate", "copy")
                    .header(HttpHeaders.AUTHORIZATION, EDITOR)
                    .contentType(MediaType.APPLICATION_JSON).content(entry.getValue())).andReturn().getResponse();
            assertThat(response.getStatus()).as(entry.getKey() + ": " + response.getContentAsString()).isBetween(400, 499);
            assertThat(response.getContentAsString()).as(entry.getKey()).contains("\"detail\"");
        }
        assertThat(documentCount()).isEqualTo(documentsBefore);
    }

    private int documentCount() throws Exception {
        var page = mvc.perform(get("/api/v1/documents").param("size", "1").header(HttpHeaders.AUTHORIZATION, EDITOR))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(page, "$.total")).intValue();
    }

}
