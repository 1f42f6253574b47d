package org.factdesk.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;

/**
 * ClaimReview carries what Google's ClaimReview documentation requires and recommends, and hostile
 * text from an article, a claimant or a claim cannot end the script element it is embedded in.
 */
class ClaimReviewJsonTest {

    static final PublishingProperties DESK = new PublishingProperties("Desk", "https://desk.example",
            "https://desk.example/published", "https://desk.example", false);

    static PublicationView view(PublishedCheck c, long id) {
        var body = CanonicalJson.write(c);
        return new PublicationView(id, CanonicalJson.sha256(body), c.previousSha256(), c, null);
    }

    @Test
    void every_item_has_the_required_and_recommended_properties() {
        var v = view(PublicationChainTest.check(1, null, 5, 1, "exports doubled", null), 11);
        var node = ClaimReviewJson.of(v, List.of(v), DESK);
        for (var property : ClaimReviewJson.REQUIRED) {
            assertThat(node.has(property)).as(property).isTrue();
        }
        assertThat(node.get("url").asString()).isEqualTo("https://desk.example/published/11");
        assertThat(node.get("reviewRating").get("alternateName").asString()).isEqualTo("False");
        assertThat(node.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
        assertThat(node.get("reviewRating").get("bestRating").asInt()).isEqualTo(5);
        assertThat(node.get("reviewRating").get("worstRating").asInt()).isEqualTo(1);
        assertThat(node.get("author").get("name").asString()).isEqualTo("Desk");
        assertThat(node.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Ann Minister");
        assertThat(node.get("itemReviewed").get("datePublished").asString()).isEqualTo("2026-11-30");
        assertThat(node.get("itemReviewed").get("appearance").get(0).get("url").asString()).isEqualTo("https://news.example/a");
        assertThat(node.has("dateModified")).isFalse();
    }

    @Test
    void a_corrected_check_keeps_its_first_date_and_carries_date_modified_and_the_correction() {
        var rows = PublicationChainTest.chain(1);
        var v1 = view(CanonicalJson.read(rows.get(0).body()), rows.get(0).id());
        var v2 = view(CanonicalJson.read(rows.get(1).body()), rows.get(1).id());
        var node = ClaimReviewJson.of(v2, List.of(v1, v2), DESK);
        assertThat(node.get("datePublished").asString()).isEqualTo(v1.publishedAt().toString());
        assertThat(node.get("dateModified").asString()).isEqualTo(v2.publishedAt().toString());
        assertThat(node.get("correction").get(0).get("text").asString()).isEqualTo("New figures");
    }

    @Test
    void hostile_text_stays_inside_the_json_ld_script_and_parses_back_unchanged() {
        var hostile = "</script><script>alert(1)</script> <!-- \u2028 & \"x\"";
        var c = PublicationChainTest.check(1, null, 5, 1, hostile, null);
        var v = view(c, 12);
        var page = PublishedPage.check(v, List.of(v), DESK);
        var scripts = Jsoup.parse(page).select("script");
        assertThat(scripts).hasSize(1);
        var json = scripts.first().data();
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        var parsed = CanonicalJson.JSON.readTree(json);
        assertThat(parsed.get("claimReviewed").asString()).isEqualTo(hostile);
        assertThat(Pattern.compile("<script>alert").matcher(page).find()).isFalse();
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo(Jsoup.parse("<p>" + org.factdesk.base.Html.escape(hostile))
                .text());
    }
}
