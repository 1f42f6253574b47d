package org.factdesk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {

    @Test
    void line_endings_become_newlines_and_the_text_is_nfc_normalised() {
        var decomposed = "Cafe\u0301\r\nsecond line\rthird";

        var text = CanonicalText.of(decomposed);

        assertThat(text).isEqualTo("Caf\u00e9\nsecond line\nthird");
    }

    @Test
    void control_characters_are_dropped_but_tabs_newlines_and_emoji_stay() {
        assertThat(CanonicalText.of("a\u0000b\u001bc\td\n\uD83D\uDE00")).isEqualTo("abc\td\n\uD83D\uDE00");
    }

    @Test
    void a_byte_order_mark_and_trailing_space_are_not_part_of_the_text() {
        assertThat(CanonicalText.of("\uFEFFHello \n\n")).isEqualTo("Hello");
    }

    @Test
    void an_empty_or_blank_text_is_refused() {
        assertThatThrownBy(() -> CanonicalText.of(" \n\t ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void a_broken_surrogate_is_refused() {
        assertThatThrownBy(() -> CanonicalText.of("ok \uD83D end")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken character");
    }

    @Test
    void words_are_runs_of_non_space() {
        assertThat(CanonicalText.wordCount("  one two\nthree\t four ")).isEqualTo(4);
    }
}
