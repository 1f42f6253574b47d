package org.factdesk.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointTextTest {

    @Test
    void an_emoji_is_one_position() {
        var text = new CodePointText("a\uD83D\uDE00b\uD83C\uDDFA\uD83C\uDDE6c");

        assertThat(text.length()).isEqualTo(6);
        assertThat(text.slice(1, 2)).isEqualTo("\uD83D\uDE00");
        assertThat(text.slice(2, 3)).isEqualTo("b");
        assertThat(text.slice(3, 5)).isEqualTo("\uD83C\uDDFA\uD83C\uDDE6");
        assertThat(text.slice(5, 6)).isEqualTo("c");
    }

    @Test
    void utf16_and_code_point_offsets_convert_both_ways() {
        var text = new CodePointText("\uD83D\uDE00x\uD83D\uDE00y");
        for (int cp = 0; cp <= text.length(); cp++) {
            assertThat(text.toCodePoint(text.toUtf16(cp))).isEqualTo(cp);
        }
        assertThat(text.toUtf16(1)).isEqualTo(2);
        assertThat(text.toCodePoint(1)).as("inside a surrogate pair rounds down").isEqualTo(0);
    }

    @Test
    void a_combining_mark_is_its_own_code_point() {
        var text = new CodePointText("e\u0301t\u00e9");
        assertThat(text.length()).isEqualTo(4);
        assertThat(text.slice(3, 4)).isEqualTo("\u00e9");
    }

    @Test
    void out_of_range_offsets_are_refused() {
        var text = new CodePointText("abc");
        assertThatThrownBy(() -> text.slice(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
