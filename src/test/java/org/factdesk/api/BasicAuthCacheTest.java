package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.factdesk.IntegrationTest;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Basic auth is fast after the first call, but a changed password or a deactivation takes effect at once. */
@IntegrationTest
class BasicAuthCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void a_reset_password_or_a_deactivation_takes_effect_on_the_next_call() throws Exception {
        ApiTestSupport.as(userDetails, contexts, "admin", () -> users.create("cache-user", null, "first-password-1", Role.REVIEWER));
        var old = basic("cache-user", "first-password-1");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, old)).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("REVIEWER"));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, old)).andExpect(status().isOk());

        ApiTestSupport.as(userDetails, contexts, "admin", () -> users.resetPassword("cache-user", "second-password-2"));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, old)).andExpect(status().isUnauthorized());
        var current = basic("cache-user", "second-password-2");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, current)).andExpect(status().isOk());

        ApiTestSupport.as(userDetails, contexts, "admin", () -> users.changeRole("cache-user", Role.VIEWER));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, current)).andExpect(jsonPath("$.role").value("VIEWER"));

        ApiTestSupport.as(userDetails, contexts, "admin", () -> users.setActive("cache-user", false));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, current)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_created_through_the_api_is_shown_once_and_works() throws Exception {
        var created = mvc.perform(post("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, basic("editor", org.factdesk.TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"script\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(created, "$.token");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(jsonPath("$.username").value("editor"));
        mvc.perform(get("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(jsonPath("$[0].name").value("script"))
                .andExpect(jsonPath("$[0].secret").doesNotExist())
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }
}
