package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.factdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Files of fact-checks in the shapes organisations publish them (written for this test). */
class FactCheckFileTest {

    static final String CLAIM_REVIEW = """
            {
              "@context": "https://schema.org",
              "@type": "ClaimReview",
              "url": "https://checks.example/2024/05/bridge-toll",
              "claimReviewed": "The bridge toll will double in May.",
              "headline": "No, the bridge toll is not doubling",
              "datePublished": "2024-05-02T09:00:00Z",
              "author": {"@type": "Organization", "name": "Example Checks"},
              "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Commentator"}},
              "reviewRating": {"@type": "Rating", "ratingValue": "1", "alternateName": "False"}
            }""";

    static final String DATA_FEED = """
            {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
              {"@type": "DataFeedItem", "item": [
                {"@type": "ClaimReview", "url": "https://checks.example/a", "claimReviewed": "Claim A.",
                 "author": [{"name": "Feed Checks"}], "reviewRating": {"alternateName": "Mostly false"}}]},
              {"@type": "DataFeedItem", "item": {"@type": ["ClaimReview"], "url": "https://checks.example/b",
                 "claimReviewed": "Claim B.", "datePublished": "2023-01-31"}}
            ]}""";

    private static FactCheckFile.Parsed parse(String text) {
        return FactCheckFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_single_claim_review_keeps_its_claim_rating_publisher_date_claimant_and_link() {
        var parsed = parse(CLAIM_REVIEW);
        assertThat(parsed.format()).isEqualTo("claimreview");
        assertThat(parsed.rows()).containsExactly(new FactCheckFile.Row("https://checks.example/2024/05/bridge-toll",
                "The bridge toll will double in May.", "No, the bridge toll is not doubling", "False", "Example Checks",
                LocalDate.of(2024, 5, 2), "A. Commentator"));
    }

    @Test
    void arrays_graphs_and_data_feeds_are_read_through() {
        assertThat(parse("[" + CLAIM_REVIEW + "," + CLAIM_REVIEW.replace("bridge-toll", "other") + "]").rows()).hasSize(2);
        assertThat(parse("{\"@graph\": [" + CLAIM_REVIEW + "]}").rows()).hasSize(1);
        var feed = parse(DATA_FEED).rows();
        assertThat(feed).extracting(FactCheckFile.Row::claim).containsExactly("Claim A.", "Claim B.");
        assertThat(feed.getFirst().publisher()).isEqualTo("Feed Checks");
        assertThat(feed.getFirst().rating()).isEqualTo("Mostly false");
        assertThat(feed.get(1).date()).isEqualTo(LocalDate.of(2023, 1, 31));
    }

    @Test
    void tables_with_a_header_line_tab_or_comma_separated() {
        var tsv = parse("id\tclaim\ttitle\turl\trating\tpublisher\tdate\n"
                + "7\tWind turbines cause cancer.\tDo They?\thttps://checks.example/wind\tFalse\tDesk\t2022-03-04\n");
        assertThat(tsv.format()).isEqualTo("tsv");
        assertThat(tsv.rows().getFirst()).isEqualTo(new FactCheckFile.Row("https://checks.example/wind",
                "Wind turbines cause cancer.", "Do They?", "False", "Desk", LocalDate.of(2022, 3, 4), null));
        var csv = parse("id,claim,title,url,rating,publisher,date\n"
                + "1,\"Taxes rose 5%, officials said\",\"A \"\"quoted\"\" title\",https://checks.example/t,Mixed,,\n");
        assertThat(csv.format()).isEqualTo("csv");
        assertThat(csv.rows().getFirst().claim()).isEqualTo("Taxes rose 5%, officials said");
        assertThat(csv.rows().getFirst().title()).isEqualTo("A \"quoted\" title");
        assertThat(csv.rows().getFirst().publisher()).isNull();
    }

    @Test
    void a_file_with_any_bad_row_is_refused_naming_the_rows() {
        assertThatThrownBy(() -> parse("id\tclaim\turl\n1\t\thttps://checks.example/x\n2\tFine.\tftp://nope\n"
                + "3\tFine.\thttps://checks.example/ok\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2 fact-checks cannot be imported, so nothing was")
                .hasMessageContaining("row 2 has no claim").hasMessageContaining("row 3 has a URL that is not an http(s)");
        assertThatThrownBy(() -> parse("id\tclaim\turl\tdate\n1\tA.\thttps://checks.example/x\tyesterday\n"))
                .hasMessageContaining("row 2 has a date that is not YYYY-MM-DD");
        assertThatThrownBy(() -> parse("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"No link.\"}"))
                .hasMessageContaining("the ClaimReview at $ has no URL");
    }

    @Test
    void files_that_are_not_fact_checks_say_what_is_expected() {
        assertThatThrownBy(() -> parse("  ")).hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> parse("{\"@type\": \"ClaimReview\",")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parse("{\"@type\": \"NewsArticle\"}")).hasMessageContaining("holds no ClaimReview");
        assertThatThrownBy(() -> parse("name,address\nA,B\n")).hasMessageContaining("names no claim column");
    }
}
