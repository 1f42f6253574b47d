package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ClaimApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;

    private long createDocument(String title, String text) throws Exception {
        var body = "{\"title\":" + quote(title) + ",\"text\":" + quote(text) + "}";
        var result = mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void emoji_and_combining_marks_do_not_shift_offsets_through_the_api() throws Exception {
        // "👍🏽" is two code points (emoji + skin tone), "é" written decomposed becomes one after NFC.
        long doc = createDocument("Emoji", "\uD83D\uDC4D\uD83C\uDFFD Cafe\u0301 claims: prices rose 5% in May.");

        mvc.perform(get("/api/v1/documents/" + doc).header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.text").value("\uD83D\uDC4D\uD83C\uDFFD Caf\u00e9 claims: prices rose 5% in May."))
                .andExpect(jsonPath("$.charCount").value(38));

        mvc.perform(post("/api/v1/documents/" + doc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":16,\"end\":35,\"exact\":\"prices rose 5% in M\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.exact").value("prices rose 5% in M"))
                .andExpect(jsonPath("$.prefix").value("\uD83D\uDC4D\uD83C\uDFFD Caf\u00e9 claims: "))
                .andExpect(jsonPath("$.status").value("UNCHECKED"));
    }

    @Test
    void a_misspelt_field_is_refused_naming_it_and_creates_nothing() throws Exception {
        long doc = createDocument("Typo", "Kiev accused Moscow.");
        var path = "/api/v1/documents/" + doc + "/claims";
        mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":0,\"end\":4,\"claimTxt\":\"Kyiv\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("claimTxt"))
                .andExpect(jsonPath("$.detail", containsString("Unknown field 'claimTxt'")))
                .andExpect(jsonPath("$.detail", containsString("claimText")));
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void a_field_of_the_wrong_type_is_refused_naming_it_and_changes_nothing() throws Exception {
        long doc = createDocument("Types", "Kiev accused Moscow.");
        var created = mvc.perform(post("/api/v1/documents/" + doc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":0,\"end\":4}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var claim = "/api/v1/claims/" + ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(patch(claim).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":0.5,\"end\":4}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("start"))
                .andExpect(jsonPath("$.detail").value("'start' is a whole number"));
        mvc.perform(patch(claim).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"tags\":{\"a\":1}}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("tags"));
        mvc.perform(put(claim + "/verdict").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("verdict"));
        // Nothing is converted: a number where text goes, text where a number goes.
        mvc.perform(patch(claim).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rationale\":5}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("rationale"))
                .andExpect(jsonPath("$.detail").value("'rationale' is a string"));
        mvc.perform(put(claim + "/duplicate-of").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"claimId\":\"12\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("claimId"));
        mvc.perform(patch(claim).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":\"0\",\"end\":4}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("start"))
                .andExpect(jsonPath("$.detail").value("'start' is a whole number"));
        mvc.perform(patch(claim).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"tags\":[{\"a\":1}]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("tags"))
                .andExpect(jsonPath("$.detail").value("'tags' holds items that are each a string"));
        mvc.perform(get(claim).header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.version").value(0)).andExpect(jsonPath("$.start").value(0));
    }

    @Test
    void bad_offsets_answer_422_saying_why() throws Exception {
        long doc = createDocument("Offsets", "Kiev accused Moscow.");
        var path = "/api/v1/documents/" + doc + "/claims";
        mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":5,\"end\":5}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("end"))
                .andExpect(jsonPath("$.detail", containsString("smaller than end")));
        mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":0,\"end\":500}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("past its end")));
        mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":0,\"end\":4,\"exact\":\"Kyiv\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("exact"))
                .andExpect(jsonPath("$.detail", containsString("\"Kiev\"")));
        mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":-1,\"end\":4}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("not valid JSON")));
    }

    @Test
    void a_stale_if_match_answers_412_with_the_current_claim() throws Exception {
        long doc = createDocument("Versions", "The summit will be in a third country.");
        var created = mvc.perform(post("/api/v1/documents/" + doc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":4,\"end\":10}"))
                .andReturn().getResponse();
        var id = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        var etag = created.getHeader(HttpHeaders.ETAG);

        mvc.perform(patch("/api/v1/claims/" + id).header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .content("{\"claimText\":\"A summit was offered\"}"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, not(etag)));
        mvc.perform(patch("/api/v1/claims/" + id).header(HttpHeaders.AUTHORIZATION, basic("reviewer2", TestUsers.PASSWORD))
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .content("{\"claimText\":\"Overwritten\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.current.claimText").value("A summit was offered"))
                .andExpect(jsonPath("$.detail", containsString("reviewer")));
        mvc.perform(get("/api/v1/claims/" + id + "/history").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].field").value("claimText"))
                .andExpect(jsonPath("$[1].newValue").value("A summit was offered"));
    }

    @Test
    void replacing_the_text_answers_the_outcome_of_every_claim() throws Exception {
        long doc = createDocument("Revisions", "Kiev accused Moscow. Shoigu cited control checks.");
        mvc.perform(post("/api/v1/documents/" + doc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":0,\"end\":19}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/documents/" + doc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":34,\"end\":48}")).andExpect(status().isCreated());

        mvc.perform(put("/api/v1/documents/" + doc + "/text").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Update: Kiev accused Moscow. Shoigu gave no reason.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.claims[0].outcome").value("MOVED"))
                .andExpect(jsonPath("$.claims[0].start").value(8))
                .andExpect(jsonPath("$.claims[0].end").value(27))
                .andExpect(jsonPath("$.claims[1].outcome").value("NEEDS_REVIEW"));
    }

    @Test
    void uploads_of_html_are_sanitised_and_bad_files_refused() throws Exception {
        var html = "<html><head><title>Readout</title><script>alert('x')</script></head><body><article>"
                + "<p onmouseover=\"steal()\">The call lasted an hour and both sides spoke of dialogue.</p>"
                + "<img src=x onerror=alert(1)><p>A second paragraph of the official readout text.</p></article></body></html>";
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "readout.html", "text/html",
                html.getBytes(StandardCharsets.UTF_8))).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Readout"))
                .andExpect(jsonPath("$.text").value("The call lasted an hour and both sides spoke of dialogue.\n"
                        + "A second paragraph of the official readout text."));

        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "bad.txt", "text/plain",
                new byte[] { 'o', 'k', (byte) 0xFF, (byte) 0xFE, 'x' })).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("UTF-8")));
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "empty.txt", "text/plain",
                "  \n ".getBytes(StandardCharsets.UTF_8))).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("empty")));
        mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "../../etc/passwd", "text/plain",
                "root:x:0:0".getBytes(StandardCharsets.UTF_8))).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("'passwd'")));
    }

    @Test
    void a_url_import_aimed_at_the_server_itself_is_refused() throws Exception {
        mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"http://169.254.169.254/latest/meta-data/\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("url"));
    }

    @Test
    void a_viewer_may_read_but_not_write_claims() throws Exception {
        mvc.perform(get("/api/v1/claims").header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/documents/1/claims").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":0,\"end\":5}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/documents/1").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isForbidden());
    }

    @Test
    void claims_are_searched_and_paged() throws Exception {
        long doc = createDocument("Search", "Alpha beta gamma delta epsilon.");
        mvc.perform(post("/api/v1/documents/" + doc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":6,\"end\":16,\"tags\":[\"greek\"]}"));
        mvc.perform(get("/api/v1/claims").param("documentId", String.valueOf(doc)).param("q", "GAMMA")
                .param("status", "UNCHECKED").param("tag", "greek").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].exact").value("beta gamma"));
        mvc.perform(get("/api/v1/claims").param("status", "NOPE").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("status"));
    }
}
