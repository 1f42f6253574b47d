package org.factdesk.claim;

/** How sure Factdesk is that a claim sits on the right words after its document changed. */
public enum AnchorState {
    /** On its quote, as selected. */
    ANCHORED,
    /** Followed an edit to words that differ slightly from the quote: a person should confirm. */
    INEXACT,
    /**
     * On its quote, but the quote occurs several times and the context did not single one out, or (a short
     * quote) its sentence changed around it.
     */
    AMBIGUOUS,
    /** Not found with confidence: a person must re-select the span. The old span is kept. */
    NEEDS_REVIEW;

    public boolean needsAttention() {
        return this != ANCHORED;
    }
}
