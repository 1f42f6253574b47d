package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code GET /claims} sorted and checked as the Claims screen's address is; saved filters per caller. */
@IntegrationTest
class ClaimQueueApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String REVIEWER2 = basic("reviewer2", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;

    private ResultActions call(String auth, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long claim(String title, String run) throws Exception {
        var text = "Queue claim " + run + " in " + title + ".";
        var doc = call(REVIEWER, post("/api/v1/documents"), "{\"title\":\"" + title + "\",\"text\":\"" + text + "\"}")
                .andReturn().getResponse().getContentAsString();
        var docId = ((Number) JsonPath.read(doc, "$.id")).longValue();
        var claim = call(REVIEWER, post("/api/v1/documents/" + docId + "/claims"),
                "{\"start\":0,\"end\":" + text.length() + "}").andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(claim, "$.id")).longValue();
    }

    @Test
    void claims_are_listed_in_the_order_asked_for_and_an_unknown_parameter_or_order_is_refused() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        long b = claim("Bravo " + run, run);
        long a = claim("Alpha " + run, run);
        call(REVIEWER, put("/api/v1/claims/" + b + "/verdict"), "{\"verdict\":\"TRUE\",\"rationale\":\"Yes.\"}")
                .andExpect(status().isOk());
        call(REVIEWER, put("/api/v1/claims/" + a + "/verdict"), "{\"verdict\":\"FALSE\",\"rationale\":\"No.\"}")
                .andExpect(status().isOk());
        call(REVIEWER, get("/api/v1/claims?q=" + run + "&sort=document"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(a)).andExpect(jsonPath("$.items[1].id").value(b));
        call(REVIEWER, get("/api/v1/claims?q=" + run + "&sort=verdict,desc&size=1"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(a));
        call(REVIEWER, get("/api/v1/claims?q=" + run + "&verdict=true"), "")
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(b));
        call(REVIEWER, get("/api/v1/claims?stauts=IN_REVIEW"), "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("stauts"));
        call(REVIEWER, get("/api/v1/claims?sort=colour"), "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("updated, status, verdict")));
    }

    @Test
    void a_caller_saves_changes_lists_and_removes_their_own_filters() throws Exception {
        var name = "queue-" + UUID.randomUUID().toString().substring(0, 6);
        call(REVIEWER, put("/api/v1/me/filters/" + name), "{\"search\":\"assignee=reviewer&status=in_review\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.search").value("status=IN_REVIEW&assignee=reviewer"));
        call(REVIEWER, get("/api/v1/me/filters"), "").andExpect(jsonPath("$[*].name", hasItem(name)));
        call(REVIEWER2, get("/api/v1/me/filters"), "").andExpect(jsonPath("$[*].name", not(hasItem(name))));
        call(REVIEWER2, delete("/api/v1/me/filters/" + name), "").andExpect(status().isNotFound());
        call(REVIEWER, put("/api/v1/me/filters/" + name), "{\"search\":\"status=LOST\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("status"));
        call(REVIEWER, get("/api/v1/me/filters"), "")
                .andExpect(jsonPath("$[?(@.name == '" + name + "')].search").value(hasItem("status=IN_REVIEW&assignee=reviewer")));
        call(REVIEWER, delete("/api/v1/me/filters/" + name), "").andExpect(status().isNoContent());
        call(REVIEWER, get("/api/v1/me/filters"), "").andExpect(jsonPath("$[*].name", not(hasItem(name))));
    }
}
