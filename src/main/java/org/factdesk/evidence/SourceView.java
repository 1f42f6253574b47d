package org.factdesk.evidence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A source as views, the API and reports see it. */
public record SourceView(long id, SourceDraft fields, @Nullable String canonicalUrl, Instant createdAt,
        String createdBy, Instant updatedAt, long version, long citations) {

    static SourceView of(Source s, long citations) {
        return new SourceView(s.id(), s.draft(), s.canonicalUrl(), s.createdAt(), s.createdBy(), s.updatedAt(),
                s.version(), citations);
    }

    public String title() {
        return fields.title();
    }

    public @Nullable String url() {
        return fields.url();
    }
}
