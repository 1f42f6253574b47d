package org.factdesk.verification;

import org.factdesk.attribution.AttributionDraft;
import org.factdesk.claim.ClaimEdit;
import org.jspecify.annotations.Nullable;

/**
 * Everything one request may change in a claim record at once: its own fields, its span, its
 * attribution and its review. Null parts are left alone.
 */
public record ClaimRecordEdit(@Nullable ClaimEdit claim, @Nullable Span span, @Nullable AttributionDraft attribution,
        ReviewEdit review) {

    /** A new place for the claim: code-point offsets in the current text, and the words expected there. */
    public record Span(int start, int end, @Nullable String exact) {
    }
}
