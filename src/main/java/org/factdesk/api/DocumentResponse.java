package org.factdesk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.factdesk.document.DocumentSummary;
import org.jspecify.annotations.Nullable;

/** A document as the API answers it; {@code text} only where one document is asked for. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record DocumentResponse(long id, String title, @Nullable String sourceUrl, @Nullable String publisher,
        @Nullable String author, @Nullable LocalDate publishedAt, @Nullable String language, int revision,
        int wordCount, int charCount, Instant createdAt, String createdBy, Instant updatedAt, long version,
        Map<String, Long> claimCounts, @Nullable Instant archivedAt, @Nullable String archivedBy,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    static DocumentResponse of(DocumentSummary d, Map<String, Long> claimCounts, @Nullable String text) {
        var m = d.metadata();
        return new DocumentResponse(d.id(), m.title(), m.sourceUrl(), m.publisher(), m.author(), m.publishedAt(),
                m.language(), d.revision(), d.wordCount(), d.charCount(), d.createdAt(), d.createdBy(), d.updatedAt(),
                d.version(), claimCounts, d.archivedAt(), d.archivedBy(), text);
    }
}
