package org.factdesk.api;

import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void every_api_answer_carries_the_security_headers() throws Exception {
        // The UI's pages are checked against the running jar in SecurityHeadersIT.
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, basic("viewer", TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.startsWith("default-src 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }

    @Test
    void repeated_wrong_passwords_pause_the_account_even_for_the_right_password_with_429_and_retry_after()
            throws Exception {
        // An account of its own and an address of its own, so that no other test is paused.
        var address = "198.51.100.23";
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(from(address)).header(HttpHeaders.AUTHORIZATION, basic("guessed", "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(from(address)).header(HttpHeaders.AUTHORIZATION, basic("guessed", TestUsers.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/v1/me").with(from("198.51.100.24"))
                .header(HttpHeaders.AUTHORIZATION, basic("guessed", TestUsers.PASSWORD)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, basic("viewer", TestUsers.PASSWORD)))
                .andExpect(status().isOk());
    }

    /** Issue 37: one address's failures for made-up names never pause a right password for another account. */
    @Test
    void failures_from_a_shared_address_are_paused_but_a_right_password_still_signs_in() throws Exception {
        var address = "198.51.100.77";
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").with(from(address)).header(HttpHeaders.AUTHORIZATION,
                    basic("made-up-" + i, "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(from(address)).header(HttpHeaders.AUTHORIZATION, basic("made-up-20", "wrong")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/v1/me").with(from(address)).header(HttpHeaders.AUTHORIZATION, basic("reviewer", "wrong")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/me").with(from(address)).header(HttpHeaders.AUTHORIZATION,
                basic("viewer", TestUsers.PASSWORD))).andExpect(status().isOk());
    }
}
