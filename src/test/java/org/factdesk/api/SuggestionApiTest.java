package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
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

@IntegrationTest
class SuggestionApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private long newDocument(String title, String text) throws Exception {
        var body = mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("title", title, "text", text))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void suggest_returns_attributed_claims_with_code_point_offsets_and_no_side_effects() throws Exception {
        var text = "\uD83D\uDE80 Kiev accused Moscow of deploying more than 80,000 troops on the Ukrainian border.";
        var body = mvc.perform(post("/api/v1/suggest").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("text", text))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.suggestions[0].attribution.cue.text").value("accused"))
                .andExpect(jsonPath("$.suggestions[0].attribution.source.text").value("Kiev"))
                .andExpect(jsonPath("$.suggestions[0].attribution.claimantName").value("Kyiv"))
                .andExpect(jsonPath("$.suggestions[0].attribution.form").value("INDIRECT"))
                .andExpect(jsonPath("$.suggestions[0].quantities[0].text").value("more than 80,000 troops"))
                .andExpect(jsonPath("$.suggestions[0].reasons").isArray())
                .andExpect(jsonPath("$.suggestions[0].reasons[0]").isString())
                .andReturn().getResponse().getContentAsString();
        // The rocket is one code point: "Kiev" starts at 2, not 3.
        assertThat((Integer) JsonPath.read(body, "$.suggestions[0].attribution.source.start")).isEqualTo(2);
        int start = JsonPath.read(body, "$.suggestions[0].start");
        int end = JsonPath.read(body, "$.suggestions[0].end");
        var cps = text.codePoints().toArray();
        assertThat(new String(cps, start, end - start)).isEqualTo(JsonPath.read(body, "$.suggestions[0].text"));
    }

    @Test
    void bad_requests_get_a_clear_message() throws Exception {
        mvc.perform(post("/api/v1/suggest").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("text")));
        mvc.perform(post("/api/v1/suggest").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Kyiv said\","))
                .andExpect(status().isBadRequest());
        // A number is no text (it was read as "12" before issue 37).
        mvc.perform(post("/api/v1/suggest").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": 12}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("text"));
        mvc.perform(post("/api/v1/suggest").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_text_over_the_documented_maximum_gets_413_with_the_limit() throws Exception {
        var over = "x".repeat(org.factdesk.suggest.SuggestionService.MAX_TEXT + 1);
        mvc.perform(post("/api/v1/suggest").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("text", over))))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.field").value("text"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1500000")));
    }

    @Test
    void a_dismissed_suggestion_stays_dismissed_and_an_accepted_one_becomes_an_attributed_claim() throws Exception {
        var text = Files.readString(Path.of("sample-data/documents/biden-invited-putin.txt"));
        long doc = newDocument("Suggestions test", text);
        var body = mvc.perform(get("/api/v1/documents/" + doc + "/suggestions").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> all = JsonPath.read(body, "$.suggestions");
        var psaki = all.stream().filter(s -> String.valueOf(s.get("text")).contains("more than at any time since 2014"))
                .findFirst().orElseThrow();
        var kiev = all.stream().filter(s -> String.valueOf(s.get("text")).contains("80,000 troops")).findFirst().orElseThrow();

        // A viewer may look but not dismiss.
        mvc.perform(post("/api/v1/documents/" + doc + "/suggestions/dismissals").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("quote", psaki.get("text")))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/documents/" + doc + "/suggestions/dismissals").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("quote", psaki.get("text")))))
                .andExpect(status().isNoContent());

        var created = mvc.perform(post("/api/v1/documents/" + doc + "/suggestions/accept").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("start", kiev.get("start"), "end", kiev.get("end")))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.exact").value(kiev.get("text")))
                .andReturn().getResponse().getContentAsString();
        long claimId = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/claims/" + claimId).header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attribution.claimant.name").value("Kyiv"))
                .andExpect(jsonPath("$.attribution.cue").value("accused"));

        var after = mvc.perform(get("/api/v1/documents/" + doc + "/suggestions").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andReturn().getResponse().getContentAsString();
        List<String> texts = JsonPath.read(after, "$.suggestions[*].text");
        assertThat(texts).doesNotContain((String) psaki.get("text"), (String) kiev.get("text"));
        assertThat(texts).hasSize(all.size() - 2);

        // Offsets that are no suggestion (any more) are refused with a reason.
        mvc.perform(post("/api/v1/documents/" + doc + "/suggestions/accept").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("start", 0, "end", 3))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ask for the suggestions again")));
    }
}
