package org.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What keeps suggestions linear in the text's length (their speed is measured by the benchmark, not
 * here): no sentence grows past the cap, whatever the text, and the one-sweep removal of nested
 * attributions decides exactly as the pairwise rule it replaced.
 */
class LinearAnalysisTest {

    @Test
    void a_text_without_sentence_ends_is_cut_into_pieces_that_cover_it_in_order() {
        var text = "word and word, then more words; ".repeat(400) + "End.";
        var sentences = TextAnalysis.analyse(text);
        assertThat(sentences).hasSizeGreaterThan(10);
        int previousEnd = 0;
        int tokens = 0;
        for (var s : sentences) {
            assertThat(s.tokens()).hasSizeBetween(1, TextAnalysis.MAX_SENTENCE_TOKENS);
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.end();
            tokens += s.tokens().size();
        }
        assertThat(tokens).isEqualTo(TextAnalysis.tokens(text, 0, text.length()).size());
        assertThat(sentences.getLast().end()).isEqualTo(text.length());
        // Cut after a comma or semicolon where there is one, not inside a phrase.
        for (var s : sentences.subList(0, sentences.size() - 1)) {
            assertThat(s.tokens().getLast().text()).isIn(",", ";");
        }
    }

    @Test
    void ordinary_sentences_are_not_cut() {
        var sentence = "Kiev accused Moscow of deploying more than 80,000 troops near the border, the ministry said. ";
        var sentences = TextAnalysis.analyse(sentence.repeat(50));
        assertThat(sentences).hasSize(50);
    }

    @Test
    void the_sweep_keeps_exactly_what_the_pairwise_rule_keeps() {
        var random = new Random(11);
        double[] confidences = {0.3, 0.5, 0.6, 0.8, 0.9, 0.95};
        for (int round = 0; round < 2000; round++) {
            var found = new ArrayList<FoundAttribution>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                int cue = random.nextInt(200);
                int contentStart = random.nextInt(200);
                int contentEnd = contentStart + random.nextInt(80);
                found.add(new FoundAttribution(new Span(cue, cue + 1 + random.nextInt(3)), null, new Span(contentStart, contentEnd),
                        random.nextBoolean(), confidences[random.nextInt(confidences.length)], 0));
            }
            assertThat(Overlaps.withoutNested(found)).as("round %d: %s", round, found).isEqualTo(pairwise(found));
        }
    }

    /** The rule as it was written first: a against every other b. */
    private static List<FoundAttribution> pairwise(List<FoundAttribution> found) {
        var kept = new ArrayList<FoundAttribution>();
        for (var a : found) {
            boolean nested = false;
            for (var b : found) {
                if (b != a && b.content().start() <= a.cue().start() && a.cue().end() <= b.content().end()
                        && b.confidence() >= a.confidence() && !(a.confidence() >= 0.9 && b.confidence() >= 0.9)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(a);
            }
        }
        return kept;
    }
}
