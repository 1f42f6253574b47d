package org.factdesk.document;

import java.time.Instant;

/** A document without its text, as lists show it. */
public record DocumentSummary(long id, DocumentMetadata metadata, int revision, int wordCount, int charCount,
        Instant createdAt, String createdBy, Instant updatedAt, long version,
        @org.jspecify.annotations.Nullable Instant archivedAt,
        @org.jspecify.annotations.Nullable String archivedBy) {

    static DocumentSummary of(Document d) {
        return new DocumentSummary(d.id(), d.metadata(), d.getCurrentRevision(), d.getWordCount(), d.getCharCount(),
                d.getCreatedAt(), d.getCreatedBy(), d.getUpdatedAt(), d.getVersion(), d.getArchivedAt(), d.getArchivedBy());
    }

    /** Whether the document is archived: kept whole, left out of lists. */
    public boolean archived() {
        return archivedAt != null;
    }

    public String title() {
        return metadata.title();
    }
}
