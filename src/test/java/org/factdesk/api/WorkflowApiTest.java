package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

@IntegrationTest
class WorkflowApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    private static final String EDITOR2 = basic("editor2", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;

    private ResultActions call(String auth, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long claim() throws Exception {
        var doc = call(REVIEWER, post("/api/v1/documents"), "{\"title\":\"Flow\",\"text\":\"The minister said exports doubled.\"}")
                .andReturn().getResponse().getContentAsString();
        var docId = ((Number) JsonPath.read(doc, "$.id")).longValue();
        var claim = call(REVIEWER, post("/api/v1/documents/" + docId + "/claims"), "{\"start\":18,\"end\":33}")
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(claim, "$.id")).longValue();
    }

    @Test
    void an_illegal_step_answers_409_naming_the_allowed_ones() throws Exception {
        long id = claim();
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.from").value("UNCHECKED"))
                .andExpect(jsonPath("$.allowed", containsInAnyOrder("IN_RESEARCH", "DISMISSED")));
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"NOWHERE\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("to"));
    }

    @Test
    void the_whole_workflow_through_the_api_with_two_people() throws Exception {
        long id = claim();
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_RESEARCH\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_RESEARCH"));
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_REVIEW\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("verdict"));
        call(EDITOR, patch("/api/v1/claims/" + id), "{\"verdict\":\"MOSTLY_FALSE\",\"rationale\":\"Up 40%, not 100%.\","
                + "\"assignee\":\"editor\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("MOSTLY_FALSE"))
                .andExpect(jsonPath("$.verdictBy").value("editor")).andExpect(jsonPath("$.assignee").value("editor"));
        var source = call(REVIEWER, post("/api/v1/sources"), "{\"url\":\"https://stats.example/exports-" + id
                + "\",\"title\":\"Trade statistics\",\"kind\":\"DATASET\"}").andReturn().getResponse().getContentAsString();
        call(REVIEWER, post("/api/v1/claims/" + id + "/evidence"), "{\"sourceId\":" + JsonPath.read(source, "$.id")
                + ",\"stance\":\"REFUTES\",\"excerpt\":\"Exports rose 40 percent\"}").andExpect(status().isCreated());
        call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_REVIEW\"}").andExpect(status().isOk());
        call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", containsString("Two people")));
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}")
                .andExpect(status().isForbidden());
        call(EDITOR2, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.approvedBy").value("editor2"));
        mvc.perform(get("/api/v1/claims").param("verdict", "MOSTLY_FALSE").param("assignee", "editor")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/claims/" + id + "/history").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.hasItems("created", "status", "verdict",
                        "assigned", "evidence added", "approved")));
    }

    @Test
    void the_steps_open_to_each_person_say_why_one_is_held_back() throws Exception {
        long id = claim();
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_RESEARCH\"}").andExpect(status().isOk());
        call(EDITOR, patch("/api/v1/claims/" + id), "{\"verdict\":\"FALSE\",\"rationale\":\"Not so.\"}")
                .andExpect(status().isOk());
        var source = call(REVIEWER, post("/api/v1/sources"), "{\"url\":\"https://stats.example/steps-" + id
                + "\",\"title\":\"Trade statistics\",\"kind\":\"DATASET\"}").andReturn().getResponse().getContentAsString();
        call(REVIEWER, post("/api/v1/claims/" + id + "/evidence"), "{\"sourceId\":" + JsonPath.read(source, "$.id")
                + ",\"stance\":\"REFUTES\"}").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/claims/" + id + "/steps").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].kind", contains("SEND_TO_REVIEW", "DISMISS")));
        call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_REVIEW\"}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/claims/" + id + "/steps").header(HttpHeaders.AUTHORIZATION, EDITOR))
                .andExpect(jsonPath("$[1].kind").value("APPROVE"))
                .andExpect(jsonPath("$[1].refusal", containsString("another editor must approve it")))
                .andExpect(jsonPath("$[0].kind").value("REJECT")).andExpect(jsonPath("$[0].needsNote").value(true));
        mvc.perform(get("/api/v1/claims/" + id + "/steps").header(HttpHeaders.AUTHORIZATION, EDITOR2))
                .andExpect(jsonPath("$[1].kind").value("APPROVE")).andExpect(jsonPath("$[1].refusal").doesNotExist());
        mvc.perform(get("/api/v1/claims/" + id + "/steps").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void comments_are_threaded_and_stored_as_text() throws Exception {
        long id = claim();
        var first = call(REVIEWER, post("/api/v1/claims/" + id + "/comments"),
                "{\"body\":\"<script>alert('x')</script> Check the source\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long parent = ((Number) JsonPath.read(first, "$.id")).longValue();
        call(EDITOR, post("/api/v1/claims/" + id + "/comments"), "{\"body\":\"Done\",\"parentId\":" + parent + "}")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/claims/" + id + "/comments").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(jsonPath("$[0].body").value("<script>alert('x')</script> Check the source"))
                .andExpect(jsonPath("$[1].parentId").value(parent));
        call(REVIEWER, post("/api/v1/claims/" + id + "/comments"), "{\"body\":\"  \"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void only_admins_change_the_verdict_scale_and_the_scale_is_readable() throws Exception {
        mvc.perform(get("/api/v1/verdicts").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(jsonPath("$[0].code").value("TRUE")).andExpect(jsonPath("$[0].rating").value(5));
        call(EDITOR, post("/api/v1/admin/verdicts"), "{\"code\":\"SATIRE\",\"label\":\"Satire\",\"color\":\"#795548\"}")
                .andExpect(status().isForbidden());
        call(basic("admin", TestUsers.ADMIN_PASSWORD), post("/api/v1/admin/verdicts"),
                "{\"code\":\"OUT_OF_CONTEXT\",\"label\":\"Out of context\",\"color\":\"#5d4037\"}").andExpect(status().isCreated());
        mvc.perform(delete("/api/v1/admin/verdicts/OUT_OF_CONTEXT").header(HttpHeaders.AUTHORIZATION,
                basic("admin", TestUsers.ADMIN_PASSWORD))).andExpect(status().isNoContent());
    }
}
