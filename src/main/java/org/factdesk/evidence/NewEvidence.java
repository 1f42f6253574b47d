package org.factdesk.evidence;

import org.jspecify.annotations.Nullable;

/**
 * What a reviewer gives to link a claim to a source. When the source is an imported document,
 * the excerpt can be given as a span of it ({@code excerptStart}, {@code excerptEnd}), and is then
 * exactly the text there.
 */
public record NewEvidence(long sourceId, Stance stance, @Nullable String excerpt, @Nullable String locator,
        @Nullable Integer excerptStart, @Nullable Integer excerptEnd, @Nullable String note) {

    public static NewEvidence of(long sourceId, Stance stance, @Nullable String excerpt) {
        return new NewEvidence(sourceId, stance, excerpt, null, null, null, null);
    }
}
