package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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

@IntegrationTest
class AttributionApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;

    private long create(String path, String json) throws Exception {
        var body = mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void a_claim_is_created_with_its_attribution_and_found_by_claimant_alias() throws Exception {
        long claimant = create("/api/v1/claimants", "{\"name\":\"Bank of Atlantis\",\"kind\":\"ORGANIZATION\","
                + "\"aliases\":[\"the central bank\",\"BoA\"],\"roles\":[{\"title\":\"Central bank\",\"from\":\"1990-01-01\"}]}");
        long doc = create("/api/v1/documents", "{\"title\":\"Rates\",\"text\":\"The central bank said inflation would fall.\"}");

        mvc.perform(post("/api/v1/documents/" + doc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":22,\"end\":42,\"attribution\":{\"claimantId\":"
                        + claimant + ",\"cue\":\"said\",\"form\":\"INDIRECT\",\"sourceSpan\":{\"start\":0,\"end\":16},"
                        + "\"cueSpan\":{\"start\":17,\"end\":21,\"exact\":\"said\"}}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.attribution.claimant.name").value("Bank of Atlantis"))
                .andExpect(jsonPath("$.attribution.check").value("UNVERIFIED"))
                .andExpect(jsonPath("$.attribution.sourceSpan.exact").value("The central bank"))
                .andExpect(jsonPath("$.evidenceCounts.SUPPORTS").value(0));

        mvc.perform(get("/api/v1/claims").param("claimant", "boa").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].exact").value("inflation would fall"));
        mvc.perform(get("/api/v1/claimants/" + claimant + "/claims").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/claimants").param("q", "central bank").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.items[0].claimCount").value(1))
                .andExpect(jsonPath("$.items[0].roles[0].title").value("Central bank"));
    }

    @Test
    void an_attribution_check_without_its_note_or_evidence_answers_422() throws Exception {
        long doc = create("/api/v1/documents", "{\"title\":\"Check\",\"text\":\"A senator claimed taxes doubled.\"}");
        long claim = create("/api/v1/documents/" + doc + "/claims", "{\"start\":18,\"end\":31}");

        mvc.perform(put("/api/v1/claims/" + claim + "/attribution").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"check\":\"CONFIRMED\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("checkNote"));
        mvc.perform(put("/api/v1/claims/" + claim + "/attribution").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"check\":\"CONFIRMED\",\"checkNote\":\"On video\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("check"));

        long source = create("/api/v1/sources", "{\"url\":\"https://example.org/senate-video-" + claim
                + "\",\"title\":\"Senate video\",\"kind\":\"TRANSCRIPT\"}");
        mvc.perform(post("/api/v1/claims/" + claim + "/evidence").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"sourceId\":" + source
                        + ",\"stance\":\"CONFIRMS_ATTRIBUTION\",\"excerpt\":\"taxes doubled\",\"locator\":\"12:40\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/v1/claims/" + claim + "/attribution").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"check\":\"CONFIRMED\",\"checkNote\":\"On video\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.check").value("CONFIRMED"))
                .andExpect(jsonPath("$.checkedBy").value("reviewer"));
        mvc.perform(get("/api/v1/claims/" + claim).header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.evidenceCounts.CONFIRMS_ATTRIBUTION").value(1))
                .andExpect(jsonPath("$.evidence[0].locator").value("12:40"));
        mvc.perform(get("/api/v1/claims").param("attributionCheck", "CONFIRMED").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) claim)));
    }

    @Test
    void duplicate_urls_collapse_into_one_source_and_hostile_urls_are_refused() throws Exception {
        var first = mvc.perform(post("/api/v1/sources").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"https://Reuters.example/world/x?utm_campaign=a&utm_source=b\",\"title\":\"Reuters\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = ((Number) JsonPath.read(first, "$.id")).intValue();
        mvc.perform(post("/api/v1/sources").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"https://reuters.example/world/x?fbclid=zz#part2\",\"title\":\"Again\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.existing").value(true));
        mvc.perform(get("/api/v1/sources").param("q", "reuters").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].canonicalUrl").value("https://reuters.example/world/x"));

        for (var hostile : new String[] { "javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd" }) {
            mvc.perform(post("/api/v1/sources").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"" + hostile + "\",\"title\":\"x\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.field").value("url"))
                    .andExpect(jsonPath("$.detail", containsString("http")));
        }
    }

    @Test
    void a_viewer_cannot_change_claimants_attributions_or_sources() throws Exception {
        mvc.perform(post("/api/v1/claimants").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\"}")).andExpect(status().isForbidden());
        mvc.perform(patch("/api/v1/claimants/1").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/claimants/1/merge").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"into\":2}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/claims/1/attribution").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cue\":\"said\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sources").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"https://example.org/v\",\"title\":\"x\"}"))
                .andExpect(status().isForbidden());
    }
}
