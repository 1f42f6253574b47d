package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, finding 3: a page on another site cannot make a signed-in browser write. The requests
 * here carry what Chromium sends for a form auto-submitted by another origin (its Sec-Fetch-Site and
 * Origin headers) together with credentials the browser cached; they are refused before anything is
 * written. Scripts, which send neither header, still work; browsers are never invited to cache Basic.
 */
@IntegrationTest
class CrossSiteWriteTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;

    private long documents() throws Exception {
        var page = mvc.perform(get("/api/v1/documents").param("size", "1").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(page, "$.total")).longValue();
    }

    @Test
    void a_form_another_site_submits_with_cached_credentials_creates_nothing() throws Exception {
        long before = documents();
        var file = new MockMultipartFile("file", "planted.txt", "text/plain", "Planted by another site.".getBytes());
        var crossSite = mvc.perform(multipart("/api/v1/documents").file(file).header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate")
                .header("Origin", "https://attacker.example")).andReturn().getResponse();
        assertThat(crossSite.getStatus()).isEqualTo(403);
        assertThat(crossSite.getContentAsString()).contains("another site");
        // An older browser without Sec-Fetch-* still sends the foreign Origin.
        var foreignOrigin = mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .header("Origin", "https://attacker.example").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Planted\",\"text\":\"Planted.\"}")).andReturn().getResponse();
        assertThat(foreignOrigin.getStatus()).isEqualTo(403);
        assertThat(documents()).isEqualTo(before);

        // The same write from a script, or from Factdesk's own origin, goes through.
        var script = mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Scripted\",\"text\":\"Fine.\"}"))
                .andReturn().getResponse();
        assertThat(script.getStatus()).isEqualTo(201);
        var sameOrigin = mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin")
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Same origin\",\"text\":\"Fine.\"}"))
                .andReturn().getResponse();
        assertThat(sameOrigin.getStatus()).isEqualTo(201);
        assertThat(documents()).isEqualTo(before + 2);
    }

    @Test
    void signing_in_from_another_site_is_refused() throws Exception {
        var login = mvc.perform(post("/login").param("username", "reviewer").param("password", TestUsers.PASSWORD)
                .header("Sec-Fetch-Site", "cross-site").header("Origin", "https://attacker.example"))
                .andReturn().getResponse();
        assertThat(login.getStatus()).isEqualTo(403);
        assertThat(login.getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void browsers_are_not_invited_to_cache_basic_credentials_but_scripts_are() throws Exception {
        var browser = mvc.perform(get("/api/v1/me").header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Site", "none")
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml")).andReturn().getResponse();
        assertThat(browser.getStatus()).isEqualTo(401);
        assertThat(browser.getHeader(HttpHeaders.WWW_AUTHENTICATE)).doesNotStartWith("Basic");
        var script = mvc.perform(get("/api/v1/me")).andReturn().getResponse();
        assertThat(script.getStatus()).isEqualTo(401);
        assertThat(script.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }
}
