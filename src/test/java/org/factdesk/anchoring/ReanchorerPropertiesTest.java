package org.factdesk.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.anchoring.Reanchoring.Flag;
import org.factdesk.anchoring.Reanchoring.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests of re-anchoring: random texts, random claims, random edits (insertions,
 * deletions, duplicated passages, case and white-space changes, replaced words). Each trial is
 * reproducible from its seed, which a failure names.
 */
class ReanchorerPropertiesTest {

    private static final String[] WORDS = ("the a of to in and troops border said claimed accused Moscow Kyiv Kiev "
            + "Biden Putin summit meeting more than 80,000 since 2014 region forces White House Kremlin control "
            + "checks Crimea Ukraine Russia statement press service security dialogue president \u00e9t\u00e9 "
            + "caf\u00e9 \uD83D\uDE80 na\u00efve 5% 13 April Tuesday").split(" ");

    enum Edit { INSERT, DELETE, DUPLICATE, CASE, WHITESPACE, REPLACE_WORD }

    record Trial(String before, String after, int editStart, int editEnd, int shift, Edit edit) {
    }

    @Test
    void no_claim_ends_on_words_other_than_its_quote_without_being_flagged() {
        int checked = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            var random = new Random(seed);
            var before = randomText(random);
            var anchors = randomAnchors(random, before);
            var trial = randomEdit(random, before);
            var results = new Reanchorer(trial.before(), trial.after()).reanchor(anchors);
            var after = new CodePointText(trial.after());
            for (int i = 0; i < anchors.size(); i++) {
                var anchor = anchors.get(i);
                var result = results.get(i);
                if (result.outcome() == Outcome.NEEDS_REVIEW) {
                    continue;
                }
                var words = after.slice(result.anchor().start(), result.anchor().end());
                assertThat(words).as("anchor invariant, seed %d", seed).isEqualTo(result.anchor().exact());
                if (result.flag() == Flag.NONE) {
                    assertThat(words).as("unflagged claim on other words, seed %d, edit %s, anchor %s", seed,
                            trial.edit(), anchor).isEqualTo(anchor.exact());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void claims_the_edit_did_not_touch_are_found_at_their_true_place_unflagged() {
        int untouched = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            var random = new Random(seed);
            var before = randomText(random);
            var anchors = randomAnchors(random, before);
            var trial = randomEdit(random, before);
            var results = new Reanchorer(trial.before(), trial.after()).reanchor(anchors);
            var after = new CodePointText(trial.after());
            for (int i = 0; i < anchors.size(); i++) {
                var anchor = anchors.get(i);
                // The edit must stay clear of the quote and of its context on both sides; a short quote whose
                // context reaches past its sentence or line is only trusted with its whole sentence around it.
                int reach = reach(new CodePointText(trial.before()), anchor);
                if (anchor.end() + reach > trial.editStart() && trial.editEnd() > anchor.start() - reach) {
                    continue;
                }
                untouched++;
                var result = results.get(i);
                assertThat(result.outcome()).as("seed %d, edit %s, anchor %s", seed, trial.edit(), anchor)
                        .isNotEqualTo(Outcome.NEEDS_REVIEW);
                assertThat(result.flag()).as("seed %d", seed).isEqualTo(Flag.NONE);
                int truth = anchor.start() >= trial.editEnd() ? anchor.start() + trial.shift() : anchor.start();
                if (trial.edit() == Edit.DUPLICATE) {
                    // A duplicated passage holds the same words with the same context: either copy is right.
                    assertThat(after.slice(result.anchor().start(), result.anchor().end())).isEqualTo(anchor.exact());
                } else {
                    assertThat(result.anchor().start()).as("seed %d, edit %s, anchor %s", seed, trial.edit(), anchor)
                            .isEqualTo(truth);
                }
                assertThat(result.outcome()).isEqualTo(truth == anchor.start() && trial.edit() != Edit.DUPLICATE
                        ? Outcome.ANCHORED : result.outcome());
            }
        }
        assertThat(untouched).isGreaterThan(5_000);
    }

    private static int reach(CodePointText text, TextAnchor anchor) {
        if (anchor.length() >= Reanchorer.SHORT_QUOTE) {
            return TextAnchor.CONTEXT;
        }
        var before = text.slice(Math.max(0, anchor.start() - TextAnchor.CONTEXT), anchor.start());
        var after = text.slice(anchor.end(), Math.min(text.length(), anchor.end() + TextAnchor.CONTEXT));
        boolean inSentence = QuoteSentence.sentenceStart(before) == 0 && QuoteSentence.sentenceEnd(after) == after.length()
                && anchor.start() >= TextAnchor.CONTEXT && anchor.end() + TextAnchor.CONTEXT <= text.length();
        return inSentence ? TextAnchor.CONTEXT : 400;
    }

    @Test
    void a_pure_insertion_or_deletion_elsewhere_never_sends_a_claim_to_review() {
        for (long seed = 1; seed <= 1000; seed++) {
            var random = new Random(seed);
            var before = randomText(random);
            var anchors = randomAnchors(random, before);
            // Delete or insert text strictly between two claims' spans.
            var cp = new CodePointText(before);
            int pos = random.nextInt(cp.length());
            boolean inside = anchors.stream().anyMatch(a -> a.start() <= pos && pos < a.end());
            if (inside) {
                continue;
            }
            var after = cp.slice(0, pos) + " breaking update " + cp.slice(pos, cp.length());
            var results = new Reanchorer(before, after).reanchor(anchors);
            for (var result : results) {
                assertThat(result.outcome()).as("seed %d", seed).isNotEqualTo(Outcome.NEEDS_REVIEW);
            }
        }
    }

    static String randomText(Random random) {
        var sb = new StringBuilder();
        int words = 30 + random.nextInt(400);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(random.nextInt(15) == 0 ? "\n" : " ");
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(10) == 0) {
                sb.append(random.nextBoolean() ? "." : ",");
            }
        }
        return sb.toString();
    }

    static List<TextAnchor> randomAnchors(Random random, String text) {
        var cp = new CodePointText(text);
        var anchors = new ArrayList<TextAnchor>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(cp.length() - 1);
            int end = Math.min(cp.length(), start + 1 + random.nextInt(80));
            try {
                anchors.add(Anchors.at(cp, start, end, null));
            } catch (AnchorException e) {
                // a blank span: pick another
            }
        }
        return anchors;
    }

    static Trial randomEdit(Random random, String before) {
        var cp = new CodePointText(before);
        int n = cp.length();
        var edit = Edit.values()[random.nextInt(Edit.values().length)];
        int a = random.nextInt(n);
        int b = Math.min(n, a + 1 + random.nextInt(60));
        return switch (edit) {
            case INSERT -> {
                var inserted = randomText(new Random(random.nextLong())).substring(0, 20) + " ";
                int len = CodePointText.lengthOf(inserted);
                yield new Trial(before, cp.slice(0, a) + inserted + cp.slice(a, n), a, a, len, edit);
            }
            case DELETE -> new Trial(before, cp.slice(0, a) + cp.slice(b, n), a, b, -(b - a), edit);
            case DUPLICATE -> {
                var passage = cp.slice(a, b);
                int at = random.nextInt(n + 1);
                int len = b - a;
                yield new Trial(before, cp.slice(0, at) + passage + cp.slice(at, n), at, at, len, edit);
            }
            case CASE -> {
                var changed = random.nextBoolean() ? cp.slice(a, b).toUpperCase(java.util.Locale.ROOT)
                        : cp.slice(a, b).toLowerCase(java.util.Locale.ROOT);
                // Upper-casing can change lengths (for example a German sharp s); account for it.
                int shift = CodePointText.lengthOf(changed) - (b - a);
                yield new Trial(before, cp.slice(0, a) + changed + cp.slice(b, n), a, b, shift, edit);
            }
            case WHITESPACE -> {
                var changed = cp.slice(a, b).replace(" ", random.nextBoolean() ? "  " : "\n");
                int shift = CodePointText.lengthOf(changed) - (b - a);
                yield new Trial(before, cp.slice(0, a) + changed + cp.slice(b, n), a, b, shift, edit);
            }
            case REPLACE_WORD -> {
                var word = WORDS[random.nextInt(WORDS.length)];
                int len = CodePointText.lengthOf(word);
                yield new Trial(before, cp.slice(0, a) + word + cp.slice(b, n), a, b, len - (b - a), edit);
            }
        };
    }
}
