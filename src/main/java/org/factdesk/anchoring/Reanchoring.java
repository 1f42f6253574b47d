package org.factdesk.anchoring;

import org.jspecify.annotations.Nullable;

/**
 * What became of one anchor when its text changed.
 *
 * @param outcome ANCHORED (same words, same offsets), MOVED (new offsets) or NEEDS_REVIEW (not
 *     found with confidence: a person must re-select the span)
 * @param anchor the anchor in the new text; null for NEEDS_REVIEW
 * @param flag why a person should look even though the claim was placed: its words differ
 *     slightly from the quote (INEXACT), or the quote occurs several times and the context did not
 *     single one out, or (a short quote) the sentence around it did not come along whole (AMBIGUOUS)
 * @param similarity how close the new words are to the old quote, 0 to 1
 */
public record Reanchoring(Outcome outcome, @Nullable TextAnchor anchor, Flag flag, double similarity) {

    public enum Outcome {
        ANCHORED, MOVED, NEEDS_REVIEW
    }

    public enum Flag {
        NONE, INEXACT, AMBIGUOUS
    }

    static Reanchoring needsReview(double similarity) {
        return new Reanchoring(Outcome.NEEDS_REVIEW, null, Flag.NONE, similarity);
    }

    /** Whether a person should look at this claim's placement. */
    public boolean needsAttention() {
        return outcome == Outcome.NEEDS_REVIEW || flag != Flag.NONE;
    }
}
