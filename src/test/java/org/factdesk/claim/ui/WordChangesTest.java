package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.factdesk.claim.ui.WordChanges.Kind;
import org.factdesk.claim.ui.WordChanges.Piece;
import org.junit.jupiter.api.Test;

class WordChangesTest {

    @Test
    void a_changed_figure_shows_as_the_old_word_removed_and_the_new_one_added() {
        assertThat(WordChanges.between("more than 80,000 troops on the border", "more than 100,000 troops on the border"))
                .containsExactly(new Piece("more than ", Kind.SAME), new Piece("80,000", Kind.REMOVED),
                        new Piece("100,000", Kind.ADDED), new Piece(" troops on the border", Kind.SAME));
    }

    @Test
    void identical_texts_are_one_unchanged_piece() {
        assertThat(WordChanges.between("the same words", "the same words"))
                .containsExactly(new Piece("the same words", Kind.SAME));
    }

    /** Property: the unchanged and removed pieces give the old text back, the unchanged and added the new. */
    @Test
    void the_pieces_always_rebuild_both_texts() {
        var random = new Random(7);
        var words = List.of("troops", "80,000", "the", "border", "Kiev", "said", " ", "  ", "\n", "more", "than");
        for (int i = 0; i < 500; i++) {
            var before = randomText(random, words);
            var after = randomText(random, words);
            var pieces = WordChanges.between(before, after);
            assertThat(join(pieces, Kind.ADDED)).isEqualTo(before);
            assertThat(join(pieces, Kind.REMOVED)).isEqualTo(after);
        }
    }

    private static String join(List<Piece> pieces, Kind leaveOut) {
        return pieces.stream().filter(p -> p.kind() != leaveOut).map(Piece::text).collect(Collectors.joining());
    }

    private static String randomText(Random random, List<String> words) {
        var b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append(words.get(random.nextInt(words.size())));
            if (random.nextBoolean()) {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
