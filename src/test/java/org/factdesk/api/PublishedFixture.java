package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.factdesk.TestUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A published fact check made through the API, the way a desk makes one, for the publication tests. */
public final class PublishedFixture {

    static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    static final String EDITOR2 = basic("editor2", TestUsers.PASSWORD);

    private PublishedFixture() {
    }

    static ResultActions call(MockMvc mvc, String auth, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static String body(MockMvc mvc, String auth, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    public record Published(long document, long claim, long claimant, long publication) {
    }

    /** A claim attributed to a claimant, with a verdict and evidence, published by a second editor. */
    public static Published publish(MockMvc mvc, String title, String claimantName) throws Exception {
        var ready = inReview(mvc, title, claimantName);
        call(mvc, EDITOR2, post("/api/v1/claims/" + ready.claim() + "/transitions"), "{\"to\":\"PUBLISHED\"}")
                .andExpect(status().isOk());
        var versions = body(mvc, REVIEWER, get("/api/v1/claims/" + ready.claim() + "/publications"));
        assertThat((Integer) JsonPath.read(versions, "$.length()")).isEqualTo(1);
        return new Published(ready.document(), ready.claim(), ready.claimant(),
                ((Number) JsonPath.read(versions, "$[0].id")).longValue());
    }

    /** A claim with attribution, verdict and evidence, in review: one approval away from publication (publication 0). */
    static Published inReview(MockMvc mvc, String title, String claimantName) throws Exception {
        var doc = id(call(mvc, REVIEWER, post("/api/v1/documents"), "{\"title\":" + quote(title)
                + ",\"text\":\"The minister said exports doubled. Officials in Kyiv agreed.\"}")
                .andReturn().getResponse().getContentAsString());
        var claim = id(call(mvc, REVIEWER, post("/api/v1/documents/" + doc + "/claims"), "{\"start\":18,\"end\":33}")
                .andReturn().getResponse().getContentAsString());
        var claimant = id(call(mvc, REVIEWER, post("/api/v1/claimants"), "{\"name\":" + quote(claimantName)
                + ",\"kind\":\"PERSON\"}").andReturn().getResponse().getContentAsString());
        call(mvc, REVIEWER, put("/api/v1/claims/" + claim + "/attribution"), "{\"claimantId\":" + claimant
                + ",\"statedRole\":\"Trade minister\",\"cue\":\"said\"}").andExpect(status().isOk());
        call(mvc, REVIEWER, post("/api/v1/claims/" + claim + "/transitions"), "{\"to\":\"IN_RESEARCH\"}").andExpect(status().isOk());
        call(mvc, EDITOR, patch("/api/v1/claims/" + claim), "{\"verdict\":\"MOSTLY_FALSE\",\"rationale\":\"Up 40%, not 100%.\"}")
                .andExpect(status().isOk());
        var source = id(call(mvc, REVIEWER, post("/api/v1/sources"), "{\"url\":\"https://stats.example/exports-" + claim
                + "\",\"title\":\"Trade statistics\",\"kind\":\"DATASET\"}").andReturn().getResponse().getContentAsString());
        call(mvc, REVIEWER, post("/api/v1/claims/" + claim + "/evidence"), "{\"sourceId\":" + source
                + ",\"stance\":\"REFUTES\",\"excerpt\":\"Exports rose 40 percent\"}").andExpect(status().isCreated());
        call(mvc, EDITOR, post("/api/v1/claims/" + claim + "/transitions"), "{\"to\":\"IN_REVIEW\"}").andExpect(status().isOk());
        return new Published(doc, claim, claimant, 0);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }


}
