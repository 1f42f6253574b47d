package org.factdesk.exchange;

import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.evidence.SourceView;
import org.jspecify.annotations.Nullable;

/** A source on the wire: as the API answers it and as the JSON export lists the sources its evidence cites. */
public record SourceJson(long id, @Nullable String url, @Nullable String canonicalUrl, @Nullable Long documentId,
        @Nullable String title, @Nullable String publisher, @Nullable String author, @Nullable LocalDate publishedOn,
        @Nullable LocalDate accessedOn, @Nullable String kind, @Nullable String archiveUrl,
        @Nullable Integer reliability, @Nullable String reliabilityNote, @Nullable String notes, long citations,
        @Nullable Instant createdAt, @Nullable String createdBy, @Nullable Instant updatedAt, long version) {

    public static SourceJson of(SourceView s) {
        var f = s.fields();
        return new SourceJson(s.id(), f.url(), s.canonicalUrl(), f.documentId(), f.title(), f.publisher(), f.author(),
                f.publishedOn(), f.accessedOn(), f.kind().name(), f.archiveUrl(), f.reliability(),
                f.reliabilityNote(), f.notes(), s.citations(), s.createdAt(), s.createdBy(), s.updatedAt(),
                s.version());
    }
}
