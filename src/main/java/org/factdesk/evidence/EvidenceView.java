package org.factdesk.evidence;

import java.time.Instant;
import org.factdesk.anchoring.SpanCheck;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence with its source. For an excerpt anchored in an imported document,
 * {@code excerptStart}/{@code excerptEnd} are code-point offsets in that document's revision;
 * {@code excerptPlacement} says why a person should look at that place since the document's text was
 * replaced (placed to be checked, or not found and cleared).
 */
public record EvidenceView(long id, long claimId, SourceView source, Stance stance, @Nullable String excerpt,
        @Nullable String locator, @Nullable Integer excerptStart, @Nullable Integer excerptEnd,
        @Nullable Integer excerptRevision, @Nullable SpanCheck excerptPlacement, @Nullable String note, Instant createdAt, String createdBy, long version) {
}
