package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.factdesk.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new password ends what the old one allowed (issue 37): an admin's reset or the user's own change
 * revokes every API token of the account, also one minted with a token, and says how many; an admin
 * lists another user's tokens (never a secret) and revokes one. Failed before: the tokens kept
 * working after a reset.
 */
@IntegrationTest
class TokenRevocationApiTest {

    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy contexts;

    private String mint(String authorization, String name) throws Exception {
        var created = mvc.perform(post("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return "Bearer " + JsonPath.read(created, "$.token");
    }

    private int statusWith(String authorization) throws Exception {
        return mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, authorization)).andReturn().getResponse()
                .getStatus();
    }

    @Test
    void an_admins_password_reset_revokes_the_users_tokens_even_one_minted_with_a_token() throws Exception {
        mvc.perform(post("/api/v1/admin/users").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"token-holder\",\"password\":\"first-password-1\",\"role\":\"REVIEWER\"}"))
                .andExpect(status().isCreated());
        var first = mint(basic("token-holder", "first-password-1"), "CMS");
        var second = mint(first, "minted with a token");
        assertThat(statusWith(first)).isEqualTo(200);
        assertThat(statusWith(second)).isEqualTo(200);

        var listed = mvc.perform(get("/api/v1/admin/users/token-holder/tokens").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].name", org.hamcrest.Matchers.containsInAnyOrder("CMS", "minted with a token")))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).doesNotContain(first.substring("Bearer ".length()))
                .doesNotContain(second.substring("Bearer ".length()));
        mvc.perform(get("/api/v1/admin/users/token-holder/tokens")
                .header(HttpHeaders.AUTHORIZATION, basic("reviewer", TestUsers.PASSWORD))).andExpect(status().isForbidden());

        mvc.perform(patch("/api/v1/admin/users/token-holder").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"second-password-2\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tokensRevoked").value(2))
                .andExpect(jsonPath("$.username").value("token-holder"));
        assertThat(statusWith(first)).isEqualTo(401);
        assertThat(statusWith(second)).isEqualTo(401);
        mvc.perform(get("/api/v1/admin/users/token-holder/tokens").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(jsonPath("$[?(@.revokedAt == null)]").isEmpty());
        // A change without a password leaves tokens alone, and says so.
        var third = mint(basic("token-holder", "second-password-2"), "after the reset");
        mvc.perform(patch("/api/v1/admin/users/token-holder").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"Token Holder\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tokensRevoked").value(0));
        assertThat(statusWith(third)).isEqualTo(200);

        // The user's own password change revokes them too.
        int revoked = ApiTestSupport.as(userDetails, contexts, "token-holder",
                () -> users.changeOwnPassword("second-password-2", "third-password-3"));
        assertThat(revoked).isEqualTo(1);
        assertThat(statusWith(third)).isEqualTo(401);
    }

    @Test
    void an_admin_revokes_one_of_another_users_tokens() throws Exception {
        mvc.perform(post("/api/v1/admin/users").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"token-leaver\",\"password\":\"first-password-1\",\"role\":\"EDITOR\"}"))
                .andExpect(status().isCreated());
        var kept = mint(basic("token-leaver", "first-password-1"), "kept");
        var leaked = mint(basic("token-leaver", "first-password-1"), "leaked");
        var tokens = mvc.perform(get("/api/v1/admin/users/token-leaver/tokens").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andReturn().getResponse().getContentAsString();
        long leakedId = ((Number) JsonPath.<java.util.List<Object>>read(tokens, "$[?(@.name == 'leaked')].id").getFirst())
                .longValue();

        // Another user's address does not reach this token, and a user cannot revoke through the admin API.
        mvc.perform(delete("/api/v1/admin/users/reviewer/tokens/" + leakedId).header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/admin/users/token-leaver/tokens/" + leakedId)
                .header(HttpHeaders.AUTHORIZATION, basic("token-leaver", "first-password-1")))
                .andExpect(status().isForbidden());
        assertThat(statusWith(leaked)).isEqualTo(200);

        mvc.perform(delete("/api/v1/admin/users/token-leaver/tokens/" + leakedId).header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isNoContent());
        assertThat(statusWith(leaked)).isEqualTo(401);
        assertThat(statusWith(kept)).isEqualTo(200);
        mvc.perform(get("/api/v1/admin/users/nobody-here/tokens").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(status().isNotFound());
    }
}
