package org.factdesk.document.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf8_with_or_without_a_byte_order_mark_decodes() {
        assertThat(TextDecoder.decode("Kyiv \uD83D\uDE80".getBytes(StandardCharsets.UTF_8))).isEqualTo("Kyiv \uD83D\uDE80");
        var withBom = new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k' };
        assertThat(TextDecoder.decode(withBom)).isEqualTo("ok");
    }

    @Test
    void utf16_with_a_byte_order_mark_decodes() {
        var bytes = "\uFEFFKiev".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode(bytes)).isEqualTo("Kiev");
    }

    @Test
    void invalid_utf8_is_refused_rather_than_mangled() {
        var bytes = new byte[] { 'a', (byte) 0xC3, (byte) 0x28, 'b' };
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(ImportException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void binary_files_are_refused() {
        var png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
        assertThatThrownBy(() -> TextDecoder.decode(png)).isInstanceOf(ImportException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void empty_and_oversized_files_are_refused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[TextDecoder.MAX_BYTES + 1])).hasMessageContaining("10 MB");
    }
}
