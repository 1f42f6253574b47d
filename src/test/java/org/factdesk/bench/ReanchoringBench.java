package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.factdesk.anchoring.SpanReanchoringEvaluation;
import org.factdesk.base.GroupSplit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Attribution spans through desk edits: every annotated source, cue and content of the PolNeAR dev
 * articles, kept as the product keeps a source or cue (offsets and words, no context), re-anchored after
 * a paragraph is moved, deleted or inserted, a figure corrected or a word changed; the untouched half of
 * the publishers is the figure to quote. No setting of re-anchoring was chosen on this data.
 */
class ReanchoringBench {

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }

    @Test
    void attribution_spans_through_desk_edits() throws Exception {
        var dir = Path.of(System.getProperty("shared.data", "../shared/data"), "attribution/polnear-dev");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no attribution data at " + dir);
        var u = SpanReanchoringEvaluation.evaluate(dir, GroupSplit.Half.UNTOUCHED);
        var t = SpanReanchoringEvaluation.evaluate(dir, GroupSplit.Half.TUNING);
        BenchResults.value("Attribution spans silently on other words after an edit, untouched publishers", "spans",
                u.silentlyWrong(), 0.0, true, String.format(Locale.ROOT, "%d articles, %d edits, %d spans whose words "
                        + "survived and %d whose words the edit removed or changed (%d of those flagged or left to place "
                        + "again); tuning half: %d silently wrong", u.articles(), u.trials(), u.intact(), u.gone(),
                        u.goneFlaggedOrLost(), t.silentlyWrong()));
        BenchResults.value("Attribution spans followed unflagged after an edit, untouched publishers", "share",
                u.followedShare(), null, false, String.format(Locale.ROOT, "of spans whose words survived: %d followed, "
                        + "%d placed and flagged, %d to place again; sources and cues (under 40 characters): %.3f; "
                        + "tuning half %.3f", u.followed(), u.intactFlagged(), u.intactLost(), u.shortFollowedShare(),
                        t.followedShare()));
    }
}
