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
        return over(null);
    }

    /** The source as it is ({@code current}; none for a new one) with the fields sent changed. */
    SourceDraft over(@Nullable SourceDraft current) {
        var newTitle = pick(title, current, SourceDraft::title);
        var newKind = EnumNames.parse(SourceKind.class, pick(kind, current, c -> c.kind().name()), "kind");
        return new SourceDraft(pick(url, current, SourceDraft::url), pick(documentId, current, SourceDraft::documentId),
                newTitle == null ? "" : newTitle, pick(publisher, current, SourceDraft::publisher),
                pick(author, current, SourceDraft::author), pick(publishedOn, current, SourceDraft::publishedOn),
                pick(accessedOn, current, SourceDraft::accessedOn), newKind == null ? SourceKind.NEWS_REPORT : newKind,
                pick(archiveUrl, current, SourceDraft::archiveUrl), pick(reliability, current, SourceDraft::reliability),
                pick(reliabilityNote, current, SourceDraft::reliabilityNote), pick(notes, current, SourceDraft::notes));
    }

    private static <T> @Nullable T pick(@Nullable Given<T> field, @Nullable SourceDraft current,
            java.util.function.Function<SourceDraft, @Nullable T> read) {
        return Given.or(field, current == null ? null : read.apply(current));
    }
}
