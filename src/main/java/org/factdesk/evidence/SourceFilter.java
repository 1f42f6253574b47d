package org.factdesk.evidence;

import org.jspecify.annotations.Nullable;

/** Which sources to list: a text search over title, publisher and address, and filters. */
public record SourceFilter(@Nullable String text, @Nullable SourceKind kind, @Nullable String publisher,
        @Nullable Integer minReliability) {

    public static SourceFilter all() {
        return new SourceFilter(null, null, null, null);
    }
}
