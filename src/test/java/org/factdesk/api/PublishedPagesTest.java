package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.factdesk.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published pages and feed with the public-pages setting off (the default): they need a sign-in,
 * and signed in they show the frozen record with script-safe ClaimReview JSON-LD.
 */
@IntegrationTest
class PublishedPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void signed_out_the_pages_and_the_feed_lead_to_the_sign_in() throws Exception {
        for (var path : new String[] {"/published", "/published/1", "/published/feed.json"}) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isIn(302, 401);
            assertThat(response.getContentAsString()).as(path).doesNotContain("ClaimReview");
        }
    }

    @Test
    void a_page_with_hostile_text_shows_it_as_text_and_its_json_ld_parses_to_the_same_text() throws Exception {
        var title = "Budget \u2028 </script><script>alert(1)</script> <!-- end";
        var claimant = "Ann </script><img src=x onerror=alert(2)>";
        var p = PublishedFixture.publish(mvc, title, claimant);
        var html = mvc.perform(get("/published/" + p.publication()).with(user(users.loadUserByUsername("viewer"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var page = Jsoup.parse(html);
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img")).isEmpty();
        var jsonLd = JsonMapper.builder().build().readTree(page.select("script").first().data());
        assertThat(jsonLd.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(jsonLd.get("itemReviewed").get("author").get("name").asString()).isEqualTo(claimant);
        assertThat(jsonLd.get("itemReviewed").get("appearance").get(0).get("headline").asString())
                .endsWith("</script><script>alert(1)</script> <!-- end");
        assertThat(page.select(".attribution").text()).contains(claimant.substring(0, 10));
        assertThat(page.select(".hash code").text()).hasSize(64);

        var list = mvc.perform(get("/published").with(user(users.loadUserByUsername("viewer"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("a[href=published/" + p.publication() + "]")).hasSize(1);
    }

    @Test
    void the_feed_is_a_data_feed_of_claim_reviews_with_an_etag_that_answers_304() throws Exception {
        var p = PublishedFixture.publish(mvc, "Feed", "Ann Feed");
        var viewer = user(users.loadUserByUsername("viewer"));
        var response = mvc.perform(get("/published/feed.json").with(viewer)).andExpect(status().isOk())
                .andExpect(header().exists("ETag")).andExpect(header().exists("Last-Modified")).andReturn().getResponse();
        var feed = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(feed.get("@type").asString()).isEqualTo("DataFeed");
        var first = feed.get("dataFeedElement").get(0);
        assertThat(first.get("@type").asString()).isEqualTo("DataFeedItem");
        assertThat(first.get("item").get(0).get("url").asString()).endsWith("/published/" + p.publication());
        mvc.perform(get("/published/feed.json").with(viewer).header("If-None-Match", response.getHeader("ETag")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/published/feed.json").param("page", "-1").with(viewer)).andExpect(status().is4xxClientError());
        mvc.perform(get("/published/99999999").with(viewer)).andExpect(status().isNotFound());
    }
}
