package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * One claim shape on the wire (issue 38): the claims the API answers are what the export writes and
 * the import reads, so a file put together from the API's answers imports; an export of version 1
 * (the review nested in each claim) still imports.
 */
@IntegrationTest
class ExchangeApiTest {

    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);
    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void claims_fetched_from_the_api_import_with_their_attribution_evidence_and_review() throws Exception {
        var document = JSON.readTree(read("/api/v1/documents/1"));
        var claims = JSON.readTree(read("/api/v1/documents/1/claims"));
        var file = JSON.createObjectNode().put("kind", "factdesk.document").put("version", 2);
        file.putObject("document").put("title", "From the API").put("text", document.path("text").asString());
        file.set("claims", claims);
        var created = mvc.perform(post("/api/v1/documents/import").param("duplicate", "copy")
                .header(HttpHeaders.AUTHORIZATION, EDITOR).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(file))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long copy = ((Number) JsonPath.read(created, "$.id")).longValue();

        List<Map<String, Object>> original = JsonPath.read(read("/api/v1/documents/1/claims"), "$");
        List<Map<String, Object>> imported = JsonPath.read(read("/api/v1/documents/" + copy + "/claims"), "$");
        assertThat(imported).hasSameSizeAs(original).isNotEmpty();
        for (int i = 0; i < original.size(); i++) {
            var a = original.get(i);
            var b = imported.get(i);
            for (var field : List.of("start", "end", "exact", "claimText", "tags", "verdict", "rationale",
                    "noEvidenceNote")) {
                assertThat(b.get(field)).as(field).isEqualTo(a.get(field));
            }
            for (var path : List.of("$.attribution.claimant.name", "$.attribution.check", "$.attribution.statedRole",
                    "$.attribution.form", "$.evidence[*].source.title", "$.evidence[*].stance", "$.evidence[*].excerpt")) {
                assertThat((Object) JsonPath.read(b, path)).as(path).isEqualTo(JsonPath.read(a, path));
            }
        }
    }

    @Test
    void an_export_of_version_1_with_the_review_nested_still_imports() throws Exception {
        var text = "The minister said 5 bridges were built in 2023 (" + System.nanoTime() + ").";
        var words = "5 bridges were built in 2023";
        int start = text.indexOf(words);
        int cue = text.indexOf("said");
        var claimant = "Old Minister " + System.nanoTime();
        var v1 = """
                {"kind": "factdesk.document", "version": 1,
                 "document": {"id": 4, "title": "An old export", "text": %s, "revision": 1},
                 "verdictScale": [{"code": "V1_TRUE", "label": "True (old scale)", "color": "#2e7d32", "position": 50,
                                   "rating": 5}],
                 "claimants": [{"id": 7, "name": "%s", "kind": "PERSON", "aliases": ["The minister"],
                                "roles": [{"title": "Minister of Transport", "from": "2021-01-01"}]}],
                 "sources": [{"id": 3, "title": "Bridge register", "kind": "DATASET", "notes": "offline copy"}],
                 "claims": [{"id": 1, "number": 1, "start": %d, "end": %d, "exact": "%s", "claimText": "5 bridges in 2023",
                   "tags": ["infrastructure"], "status": "IN_RESEARCH",
                   "attribution": {"claimantId": 7, "statedRole": "minister", "form": "INDIRECT", "check": "UNVERIFIED",
                                   "cueSpan": {"start": %d, "end": %d, "exact": "said"}},
                   "review": {"verdict": "V1_TRUE", "rationale": "The register lists five.", "verdictBy": "someone",
                              "verdictAt": "2024-01-02T03:04:05Z", "corrections": []},
                   "evidence": [{"sourceId": 3, "stance": "SUPPORTS", "excerpt": "five bridges", "locator": "row 12",
                                 "createdBy": "someone", "createdAt": "2024-01-02T03:04:05Z"}]}]}
                """.formatted(JSON.writeValueAsString(text), claimant, start, start + words.length(), words, cue,
                cue + 4);
        var created = mvc.perform(post("/api/v1/documents/import").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(v1)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        var claims = read("/api/v1/documents/" + id + "/claims");
        assertThat(JsonPath.<String>read(claims, "$[0].exact")).isEqualTo(words);
        assertThat(JsonPath.<String>read(claims, "$[0].verdict")).isEqualTo("V1_TRUE");
        assertThat(JsonPath.<String>read(claims, "$[0].rationale")).isEqualTo("The register lists five.");
        assertThat(JsonPath.<String>read(claims, "$[0].status")).isEqualTo("IN_RESEARCH");
        assertThat(JsonPath.<String>read(claims, "$[0].importedFrom")).contains("someone", "2024-01-02");
        assertThat(JsonPath.<String>read(claims, "$[0].attribution.claimant.name")).isEqualTo(claimant);
        assertThat(JsonPath.<String>read(claims, "$[0].attribution.cueSpan.exact")).isEqualTo("said");
        assertThat(JsonPath.<String>read(claims, "$[0].evidence[0].locator")).isEqualTo("row 12");
        assertThat(JsonPath.<String>read(claims, "$[0].evidence[0].source.title")).isEqualTo("Bridge register");
        // The export of what was imported is version 2: the review fields flat, as the API answers them.
        var export = new String(mvc.perform(get("/api/v1/documents/" + id + "/report").param("format", "json")
                .header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<Integer>read(export, "$.version")).isEqualTo(2);
        assertThat(JsonPath.<String>read(export, "$.claims[0].verdict")).isEqualTo("V1_TRUE");
        assertThat(JsonPath.<List<String>>read(export, "$.claimants[0].aliases")).containsExactly("The minister");
        assertThat(JsonPath.<String>read(export, "$.claimants[0].roles[0].title")).isEqualTo("Minister of Transport");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_naming_where_it_is_and_nothing_is_written() throws Exception {
        var file = """
                {"kind": "factdesk.document", "version": 2, "document": {"title": "Typed", "text": "Words %d."},
                 "claims": [{"start": "the first word", "end": 3}]}
                """.formatted(System.nanoTime());
        mvc.perform(post("/api/v1/documents/import").header(HttpHeaders.AUTHORIZATION, EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(file)).andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("claims[0].start")));
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
