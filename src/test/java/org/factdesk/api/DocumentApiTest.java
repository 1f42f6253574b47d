package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.factdesk.security.ApiTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DocumentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void an_unauthenticated_call_answers_401_with_problem_details() throws Exception {
        mvc.perform(get("/api/v1/documents"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail", containsString("Basic")));
    }

    @Test
    void deleting_a_document_leaves_a_deleted_entry_in_each_of_its_claims_trails() throws Exception {
        var editor = basic("editor", TestUsers.PASSWORD);
        var doc = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/documents")
                .header(HttpHeaders.AUTHORIZATION, editor).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"To be deleted\",\"text\":\"Ninety ships sailed. Two returned.\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long docId = ((Number) com.jayway.jsonpath.JsonPath.read(doc, "$.id")).longValue();
        var claim = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/documents/" + docId + "/claims").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":0,\"end\":19}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long claimId = ((Number) com.jayway.jsonpath.JsonPath.read(claim, "$.id")).longValue();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/documents/" + docId)
                .header(HttpHeaders.AUTHORIZATION, editor)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/claims/" + claimId).header(HttpHeaders.AUTHORIZATION, editor))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/claims/" + claimId + "/history").header(HttpHeaders.AUTHORIZATION, editor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].action").value("deleted"))
                .andExpect(jsonPath("$[-1].field").value("document"))
                .andExpect(jsonPath("$[-1].actor").value("editor"))
                .andExpect(jsonPath("$[-1].oldValue", containsString("Ninety ships sailed")));
    }

    @Test
    void a_wrong_password_answers_401() throws Exception {
        mvc.perform(get("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, basic("viewer", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_sample_article_is_listed_and_readable_with_http_basic() throws Exception {
        mvc.perform(get("/api/v1/documents").param("q", "Biden")
                .header(HttpHeaders.AUTHORIZATION, basic("viewer", TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items[*].title", hasItem("Biden Invited Putin to Meet in a Third Country")))
                .andExpect(jsonPath("$.items[0].text").doesNotExist())
                .andExpect(jsonPath("$.items[?(@.id == 1)].claimCounts.UNCHECKED", hasItem(5)));

        mvc.perform(get("/api/v1/documents/1").header(HttpHeaders.AUTHORIZATION, basic("viewer", TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.publishedAt").value("2021-04-13"))
                .andExpect(jsonPath("$.charCount", greaterThanOrEqualTo(2000)))
                .andExpect(jsonPath("$.text", containsString("more than 80,000 troops")));
    }

    @Test
    void a_personal_api_token_authenticates_until_it_is_revoked() throws Exception {
        var created = ApiTestSupport.as(users, contexts, "reviewer", () -> tokens.create("test client"));

        mvc.perform(get("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret()))
                .andExpect(status().isOk());

        ApiTestSupport.as(users, contexts, "reviewer", () -> {
            tokens.revoke(created.info().id());
            return null;
        });
        mvc.perform(get("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, "Bearer " + created.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("token")));
    }

    @Test
    void an_unknown_document_answers_404_and_a_bad_page_size_422() throws Exception {
        var auth = basic("viewer", TestUsers.PASSWORD);
        mvc.perform(get("/api/v1/documents/999999").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/documents").param("size", "501").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(get("/api/v1/documents/abc").header(HttpHeaders.AUTHORIZATION, auth))
                .andExpect(status().isBadRequest());
    }

    @Test
    void admin_endpoints_are_forbidden_to_other_roles() throws Exception {
        mvc.perform(get("/api/v1/admin/users").header(HttpHeaders.AUTHORIZATION, basic("editor", TestUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
