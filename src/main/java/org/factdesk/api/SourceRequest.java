package org.factdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * A source as a request sends it: all of it when adding one, the fields to change in a PATCH (a field
 * sent as null clears it). The read-only fields of the source's own JSON, as a client echoes them
 * back, are ignored; any other field is refused by configuration.
 */
@JsonIgnoreProperties({"id", "canonicalUrl", "citations", "createdAt", "createdBy", "updatedAt", "version", "existing",
        "detail"})
record SourceRequest(@Nullable Given<String> url, @Nullable Given<Long> documentId, @Nullable Given<String> title,
        @Nullable Given<String> publisher, @Nullable Given<String> author, @Nullable Given<LocalDate> publishedOn,
        @Nullable Given<LocalDate> accessedOn, @Nullable Given<String> kind, @Nullable Given<String> archiveUrl,
        @Nullable Given<Integer> reliability, @Nullable Given<String> reliabilityNote, @Nullable Given<String> notes) {

    /** A new source; a source without a kind is a news report. */
    SourceDraft draft() {
        return over(new SourceDraftFields(null, null, null, null, null, null, null, null, null, null, null, null));
    }

    /** The source as it is with the fields sent changed. */
    SourceDraft over(SourceDraft current) {
        return over(new SourceDraftFields(current.url(), current.documentId(), current.title(), current.publisher(),
                current.author(), current.publishedOn(), current.accessedOn(), current.kind().name(), current.archiveUrl(),
                current.reliability(), current.reliabilityNote(), current.notes()));
    }

    private SourceDraft over(SourceDraftFields c) {
        var newTitle = Given.or(title, c.title());
        var newKind = EnumNames.parse(SourceKind.class, Given.or(kind, c.kind()), "kind");
        return new SourceDraft(Given.or(url, c.url()), Given.or(documentId, c.documentId()),
                newTitle == null ? "" : newTitle, Given.or(publisher, c.publisher()), Given.or(author, c.author()),
                Given.or(publishedOn, c.publishedOn()), Given.or(accessedOn, c.accessedOn()),
                newKind == null ? SourceKind.NEWS_REPORT : newKind, Given.or(archiveUrl, c.archiveUrl()),
                Given.or(reliability, c.reliability()), Given.or(reliabilityNote, c.reliabilityNote()),
                Given.or(notes, c.notes()));
    }

    /** The fields before the request, all optional (a new source has none). */
    private record SourceDraftFields(@Nullable String url, @Nullable Long documentId, @Nullable String title,
            @Nullable String publisher, @Nullable String author, @Nullable LocalDate publishedOn,
            @Nullable LocalDate accessedOn, @Nullable String kind, @Nullable String archiveUrl,
            @Nullable Integer reliability, @Nullable String reliabilityNote, @Nullable String notes) {
    }
}
