package org.factdesk.exchange;

import java.time.Instant;
import java.util.List;
import org.factdesk.document.DocumentDetails;
import org.factdesk.verification.VerdictView;
import org.jspecify.annotations.Nullable;

/**
 * A Factdesk JSON export (kind {@value #KIND}): a document with its text, the verdict scale its
 * reviews use, the claimants and sources its claims cite, and its claims in the API's shape
 * ({@link ClaimJson}). Version 2; the import also reads version 1 (the review nested in each claim),
 * see {@link ExportFormat}.
 *
 * @param document the document; absent from an export of claims across documents (such an export
 *     does not import)
 */
public record DocumentExport(@Nullable String kind, int version, @Nullable Instant exportedAt,
        @Nullable String exportedBy, @Nullable Document document, List<Verdict> verdictScale,
        List<ClaimantJson> claimants, List<SourceJson> sources, List<ClaimJson> claims) {

    public static final String KIND = "factdesk.document";
    public static final int VERSION = 2;

    public DocumentExport {
        verdictScale = verdictScale == null ? List.of() : List.copyOf(verdictScale);
        claimants = claimants == null ? List.of() : List.copyOf(claimants);
        sources = sources == null ? List.of() : List.copyOf(sources);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** The document: its metadata, the text revision the claims are anchored in, and the text. */
    public record Document(long id, @Nullable String title, @Nullable String sourceUrl, @Nullable String publisher,
            @Nullable String author, @Nullable String publishedAt, @Nullable String language, int revision,
            @Nullable String text) {

        public static Document of(DocumentDetails d) {
            var m = d.metadata();
            return new Document(d.id(), m.title(), m.sourceUrl(), m.publisher(), m.author(),
                    m.publishedAt() == null ? null : m.publishedAt().toString(), m.language(), d.revision(), d.text());
        }
    }

    /** A verdict of the desk's scale: code, label, colour, place, and rating (1 to 5) where it has one. */
    public record Verdict(@Nullable String code, @Nullable String label, @Nullable String color, int position,
            @Nullable Integer rating) {

        public static Verdict of(VerdictView v) {
            return new Verdict(v.code(), v.label(), v.color(), v.position(), v.rating());
        }
    }
}
