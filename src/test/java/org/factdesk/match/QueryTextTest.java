package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void a_post_s_signature_links_and_handles_are_not_part_of_the_claim() {
        assertThat(QueryText.clean("The bridge toll doubles in May https://t.co/abc123 pic.twitter.com/XyZ via @CityDesk"
                + " — Jane Roe (@janeroe) March 3, 2021")).isEqualTo("The bridge toll doubles in May via");
    }

    @Test
    void hashtags_read_as_words_and_entities_as_characters() {
        assertThat(QueryText.clean("#FlatTaxNow will cut rates for 90% of families &amp; firms #COVID19"))
                .isEqualTo("Flat Tax Now will cut rates for 90% of families & firms COVID 19");
    }

    @Test
    void a_plain_claim_is_left_as_it_is() {
        assertThat(QueryText.clean("  Unemployment fell to 3.5 percent in 2019.  ")).isEqualTo(
                "Unemployment fell to 3.5 percent in 2019.");
        assertThat(QueryText.clean("Write to editor@example.org — the desk")).isEqualTo(
                "Write to editor@example.org — the desk");
    }
}
