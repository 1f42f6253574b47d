package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Inputs#storable}: the text both databases keep, over random strings of awkward characters. */
class StorableTextTest {

    private static final char[] AWKWARD = {'a', ' ', '\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDC4D',
            '\u00E9', '\n', '\uFFFD', 'z'};

    @Test
    void no_nul_no_unpaired_surrogate_pairs_kept_and_applied_twice_it_changes_nothing() {
        var random = new Random(37);
        for (int round = 0; round < 20_000; round++) {
            var sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(AWKWARD[random.nextInt(AWKWARD.length)]);
            }
            var text = sb.toString();
            var stored = Inputs.storable(text);
            assertThat(stored).doesNotContain("\u0000");
            // Valid UTF-16 throughout: it survives a UTF-8 round trip unchanged, as PostgreSQL keeps it.
            assertThat(new String(stored.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(stored);
            assertThat(Inputs.storable(stored)).isEqualTo(stored);
            assertThat(stored.codePointCount(0, stored.length()))
                    .isEqualTo(text.replace("\u0000", "").codePointCount(0, text.replace("\u0000", "").length()));
        }
        assertThat(Inputs.storable("a\u0000b \uD800 c \uD83D\uDC4D")).isEqualTo("ab \uFFFD c \uD83D\uDC4D");
        assertThat(Inputs.storable(null)).isNull();
        var plain = "nothing to do";
        assertThat(Inputs.storable(plain)).isSameAs(plain);
    }
}
