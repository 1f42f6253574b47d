package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Request bodies are typed: a value of the wrong kind is refused with 422 naming where it is (nested
 * fields by their path), nothing is converted, an unknown field is refused, the resource's own JSON
 * sent back unchanged is accepted, and a refused request writes nothing.
 */
@IntegrationTest
class RequestBodyApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, user).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, REVIEWER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private void refused(ResultActions result, String field) throws Exception {
        result.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void source_bodies_are_typed_and_a_refused_patch_changes_nothing() throws Exception {
        refused(send(post("/api/v1/sources"), REVIEWER, "{\"title\":\"Typed\",\"notes\":\"n\",\"reliability\":\"3\"}"),
                "reliability");
        var created = send(post("/api/v1/sources"), REVIEWER,
                "{\"title\":\"Typed source\",\"url\":\"https://example.org/typed-source\",\"publishedOn\":\"2021-04-13\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var path = "/api/v1/sources/" + ((Number) JsonPath.read(created, "$.id")).longValue();

        refused(send(patch(path), REVIEWER, "{\"publishedOn\":\"13/04/2021\",\"title\":\"Changed\"}"), "publishedOn");
        refused(send(patch(path), REVIEWER, "{\"publishedOn\":[2021,4,13]}"), "publishedOn");
        refused(send(patch(path), REVIEWER, "{\"kind\":\"alien\",\"title\":\"Changed\"}"), "kind");
        refused(send(patch(path), REVIEWER, "{\"titel\":\"Changed\"}"), "titel");
        refused(send(patch(path), REVIEWER, "{\"title\":7}"), "title");
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, REVIEWER)).andExpect(jsonPath("$.title").value("Typed source"))
                .andExpect(jsonPath("$.version").value(0));

        // Its own JSON sent back, one field changed: accepted; a field sent as null clears it, one left out stays.
        var echoed = read(path).replace("\"Typed source\"", "\"Typed source, retitled\"")
                .replace("\"publishedOn\":\"2021-04-13\"", "\"publishedOn\":null");
        send(patch(path), REVIEWER, echoed).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Typed source, retitled")).andExpect(jsonPath("$.publishedOn").isEmpty())
                .andExpect(jsonPath("$.url").value("https://example.org/typed-source"));
        send(patch(path), REVIEWER, "{\"kind\":\"dataset\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("DATASET")).andExpect(jsonPath("$.title").value("Typed source, retitled"));
    }

    @Test
    void claimant_and_attribution_bodies_name_nested_fields() throws Exception {
        var claimant = send(post("/api/v1/claimants"), REVIEWER, "{\"name\":\"Typed Claimant\",\"kind\":\"PERSON\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long claimantId = ((Number) JsonPath.read(claimant, "$.id")).longValue();
        var path = "/api/v1/claimants/" + claimantId;
        refused(send(patch(path), REVIEWER, "{\"nmae\":\"Other\"}"), "nmae");
        refused(send(patch(path), REVIEWER, "{\"roles\":[{\"from\":\"2020-01-01\"}]}"), "roles");
        refused(send(patch(path), REVIEWER, "{\"roles\":[{\"title\":\"Minister\",\"from\":\"last year\"}]}"), "roles.from");
        send(patch(path), REVIEWER, read(path).replace("\"notes\":null", "\"notes\":\"Spokesperson\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("Spokesperson"))
                .andExpect(jsonPath("$.name").value("Typed Claimant"));

        var document = send(post("/api/v1/documents"), REVIEWER,
                "{\"title\":\"Typed\",\"text\":\"Kyiv said 5,000 troops crossed the river on Monday.\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long documentId = ((Number) JsonPath.read(document, "$.id")).longValue();
        var claim = send(post("/api/v1/documents/" + documentId + "/claims"), REVIEWER,
                "{\"start\":10,\"end\":50,\"attribution\":{\"claimantId\":" + claimantId + ",\"cue\":\"said\"}}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var claimPath = "/api/v1/claims/" + ((Number) JsonPath.read(claim, "$.id")).longValue();

        refused(send(patch(claimPath), REVIEWER, "{\"attribution\":{\"claimnt\":1}}"), "attribution.claimnt");
        refused(send(patch(claimPath), REVIEWER, "{\"attribution\":{\"cueSpan\":{\"start\":5}}}"), "attribution.cueSpan");
        refused(send(patch(claimPath), REVIEWER, "{\"attribution\":{\"claimantId\":\"" + claimantId + "\"}}"),
                "attribution.claimantId");
        refused(send(put(claimPath + "/attribution"), REVIEWER, "{\"sourceSpan\":{\"start\":\"0\",\"end\":4}}"),
                "sourceSpan.start");
        refused(send(put(claimPath + "/attribution"), REVIEWER, "{\"check\":\"vibes\"}"), "attribution.check");
        mvc.perform(get(claimPath).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(jsonPath("$.version").value(0)).andExpect(jsonPath("$.attribution.sourceSpan").isEmpty());

        // The attribution's own JSON sent back with a span added: accepted, the rest unchanged.
        String attribution = JsonPath.parse(read(claimPath)).jsonString().replaceAll("(?s).*\"attribution\":(\\{.*?\"version\":\\d+}).*", "$1")
                .replace("\"sourceSpan\":null", "\"sourceSpan\":{\"start\":0,\"end\":4,\"exact\":\"Kyiv\"}");
        send(put(claimPath + "/attribution"), REVIEWER, attribution).andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceSpan.exact").value("Kyiv")).andExpect(jsonPath("$.cue").value("said"))
                .andExpect(jsonPath("$.claimantId").value(claimantId));
    }

    @Test
    void a_claim_patch_tells_a_field_left_out_from_one_sent_as_null() throws Exception {
        var document = send(post("/api/v1/documents"), REVIEWER,
                "{\"title\":\"Patched\",\"text\":\"Kyiv said 5,000 troops crossed the river on Monday.\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long documentId = ((Number) JsonPath.read(document, "$.id")).longValue();
        var claim = send(post("/api/v1/documents/" + documentId + "/claims"), REVIEWER,
                "{\"start\":10,\"end\":50,\"claimText\":\"Five thousand troops crossed\",\"tags\":[\"military\"]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var claimPath = "/api/v1/claims/" + ((Number) JsonPath.read(claim, "$.id")).longValue();

        // Left out: kept. The rationale alone changes.
        send(patch(claimPath), REVIEWER, "{\"rationale\":\"Ministry figures\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.claimText").value("Five thousand troops crossed"))
                .andExpect(jsonPath("$.tags[0]").value("military")).andExpect(jsonPath("$.rationale").value("Ministry figures"));
        // Sent as null: emptied. Tags go; the claim text is the words the claim sits on again.
        send(patch(claimPath), REVIEWER, "{\"tags\":null,\"claimText\":null,\"rationale\":null}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.tags").isEmpty())
                .andExpect(jsonPath("$.claimText").value("5,000 troops crossed the river on Monday"))
                .andExpect(jsonPath("$.rationale").isEmpty());
        refused(send(patch(claimPath), REVIEWER, "{\"claimText\":\"   \"}"), "claimText");
    }

    @Test
    void account_and_document_changes_are_typed() throws Exception {
        send(post("/api/v1/admin/users"), ADMIN, "{\"username\":\"typed-body\",\"password\":\"a-long-password-1\"}")
                .andExpect(status().isCreated());
        refused(send(patch("/api/v1/admin/users/typed-body"), ADMIN, "{\"active\":\"no\"}"), "active");
        refused(send(patch("/api/v1/admin/users/typed-body"), ADMIN, "{\"role\":null}"), "role");
        refused(send(patch("/api/v1/admin/users/typed-body"), ADMIN, "{\"displayName\":\"T\",\"activ\":false}"), "activ");
        send(patch("/api/v1/admin/users/typed-body"), ADMIN, "{\"role\":\"reviewer\",\"username\":\"typed-body\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("REVIEWER"))
                .andExpect(jsonPath("$.active").value(true));

        var document = send(post("/api/v1/documents"), REVIEWER, "{\"title\":\"Dated\",\"text\":\"Some text here.\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var path = "/api/v1/documents/" + ((Number) JsonPath.read(document, "$.id")).longValue();
        refused(send(patch(path), REVIEWER, "{\"publishedAt\":20210413}"), "publishedAt");
        send(patch(path), REVIEWER, "{\"publishedAt\":\"2021-04-13\",\"wordCount\":3}").andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedAt").value("2021-04-13")).andExpect(jsonPath("$.title").value("Dated"));
    }

    /**
     * Numbers are numbers and text is text: no string is read as a number (nor the reverse, nor 1 as
     * true), a field named twice is refused, and no message names the server's classes (issue 37).
     */
    @Test
    void no_value_is_coerced_a_field_named_twice_is_refused_and_messages_are_in_the_apis_words() throws Exception {
        var document = send(post("/api/v1/documents"), REVIEWER, "{\"title\":\"Strict\",\"text\":\"Kyiv said the"
                + " troops were 80,000 strong.\"}").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(document, "$.id")).longValue();
        var claims = "/api/v1/documents/" + id + "/claims";
        refused(send(post(claims), REVIEWER, "{\"start\":\"0\",\"end\":\"12\"}"), "start");
        refused(send(post(claims), REVIEWER, "{\"start\":0,\"end\":true}"), "end");
        refused(send(post("/api/v1/match"), REVIEWER, "{\"text\":\"troops\",\"limit\":\"5\"}"), "limit");
        refused(send(patch("/api/v1/documents/" + id), REVIEWER, "{\"title\":5}"), "title");
        refused(send(post("/api/v1/admin/users"), ADMIN, "{\"username\":\"coerced\",\"password\":1234567890123}"),
                "password");
        send(patch("/api/v1/admin/users/reviewer"), ADMIN, "{\"active\":1}").andExpect(status().isUnprocessableContent());
        send(post(claims), REVIEWER, "{\"start\":0,\"start\":5,\"end\":12}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("twice")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("start")));
        mvc.perform(post("/api/v1/match").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("This request needs a JSON body"));
        send(post("/api/v1/match"), REVIEWER, "{\"text\":[\"troops\"]}").andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("org."))));
        // Nothing was written by the refusals: the document has no claim.
        mvc.perform(get(claims).header(HttpHeaders.AUTHORIZATION, REVIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    /**
     * Text is made storable once, as it comes in: what a 201 echoes is what either database keeps
     * (issue 37: PostgreSQL stored "ab ? c" while the answer echoed the NUL and the lone surrogate).
     */
    @Test
    void a_nul_and_a_lone_surrogate_are_echoed_as_they_are_stored() throws Exception {
        var created = send(post("/api/v1/claimants"), REVIEWER,
                "{\"name\":\"a\\u0000b \\uD800 c " + System.nanoTime() + "\",\"kind\":\"PERSON\","
                        + "\"notes\":\"x\\uDC00y\\u0000z \\uD83D\\uDC4D\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String echoed = JsonPath.read(created, "$.name");
        org.assertj.core.api.Assertions.assertThat(echoed).startsWith("ab \uFFFD c ");
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(created, "$.notes")).isEqualTo("x\uFFFDyz \uD83D\uDC4D");
        var stored = read("/api/v1/claimants/" + ((Number) JsonPath.read(created, "$.id")).longValue());
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(stored, "$.name")).isEqualTo(echoed);
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(stored, "$.notes")).isEqualTo("x\uFFFDyz \uD83D\uDC4D");
    }

    /** An address under /api/ that nothing answers is a 404 problem, never the app's HTML page with 200. */
    @Test
    void an_unknown_api_address_is_a_404_problem_whatever_the_method() throws Exception {
        for (var request : java.util.List.of(post("/api/v1/nonexistent"), get("/api/v1/nonexistent/7"),
                put("/api/v2/documents"), patch("/api/"), org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.delete("/api/v1/documents/7/nothing"))) {
            var answer = send(request, REVIEWER, "{}").andReturn().getResponse();
            org.assertj.core.api.Assertions.assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(404);
            org.assertj.core.api.Assertions.assertThat(answer.getContentType()).startsWith("application/problem+json");
            org.assertj.core.api.Assertions.assertThat(answer.getContentAsString()).contains("no such API resource");
        }
        // A known address with a method it does not take is still 405, and a known one still answers.
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/documents"), REVIEWER,
                "{}").andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/v1/verdicts").header(HttpHeaders.AUTHORIZATION, REVIEWER)).andExpect(status().isOk());
        // Without credentials an unknown address asks for them, as every API address does.
        org.assertj.core.api.Assertions.assertThat(mvc.perform(post("/api/v1/nonexistent")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }
}
