package org.factdesk.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    private static final String SAMPLE = "US State Department spokeswoman Jen Psaki claimed the current concentration "
            + "of Russian troops in the region is more than at any time since 2014.";

    @Test
    void an_anchor_carries_its_quote_and_32_code_points_of_context_each_side() {
        var text = new CodePointText(SAMPLE);
        int start = SAMPLE.indexOf("more than at any time since 2014");
        var anchor = Anchors.at(text, start, start + 32, null);

        assertThat(anchor.exact()).isEqualTo("more than at any time since 2014");
        assertThat(anchor.prefix()).hasSize(32).endsWith("in the region is ");
        assertThat(anchor.suffix()).isEqualTo(".");
    }

    @Test
    void offsets_count_code_points_so_an_emoji_before_a_claim_does_not_shift_it() {
        var raw = "\uD83D\uDE80 Kyiv said 80,000 troops";
        var text = new CodePointText(raw);
        var anchor = Anchors.at(text, 2, 6, "Kyiv");
        assertThat(anchor.exact()).isEqualTo("Kyiv");
        assertThat(anchor.prefix()).isEqualTo("\uD83D\uDE80 ");
    }

    @Test
    void a_given_exact_must_be_the_text_at_the_offsets() {
        var text = new CodePointText(SAMPLE);
        assertThatThrownBy(() -> Anchors.at(text, 0, 2, "UK"))
                .isInstanceOf(AnchorException.class)
                .hasMessageContaining("\"US\"").hasMessageContaining("not the given exact \"UK\"");
    }

    @Test
    void empty_reversed_out_of_range_and_blank_spans_are_refused_with_reasons() {
        var text = new CodePointText("ab  cd");
        assertThatThrownBy(() -> Anchors.at(text, 2, 2, null)).hasMessageContaining("smaller than end");
        assertThatThrownBy(() -> Anchors.at(text, 3, 1, null)).hasMessageContaining("smaller than end");
        assertThatThrownBy(() -> Anchors.at(text, 0, 7, null)).hasMessageContaining("past its end");
        assertThatThrownBy(() -> Anchors.at(text, -1, 2, null)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Anchors.at(text, 2, 4, null)).hasMessageContaining("white space");
    }
}
