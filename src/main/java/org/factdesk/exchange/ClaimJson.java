package org.factdesk.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.attribution.AttributionView;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.attribution.SpanNotice;
import org.factdesk.attribution.TextSpan;
import org.factdesk.base.domain.Counts;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.Stance;
import org.factdesk.publication.PublicationView;
import org.factdesk.verification.ClaimRecord;
import org.jspecify.annotations.Nullable;

/**
 * A claim on the wire, the one shape the API answers, the JSON export writes and the import reads:
 * its anchor, text, tags and status, then its attribution, evidence (with counts by stance), its
 * review and the versions of its fact check the desk has published. Written by Jackson in this
 * order. Read back, what the desk derives or assigns (ids, versions, counts, labels, times) is
 * ignored; a value left out reads as absent, and a list left out as empty.
 *
 * @param alreadyChecked the claim's matches in the library of verified claims: in a JSON export made
 *     with {@code alreadyChecked=true} only, left out otherwise
 */
public record ClaimJson(long id, long documentId, int start, int end, @Nullable String exact, @Nullable String prefix,
        @Nullable String suffix, @Nullable String anchorState,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String originalExact, int revision,
        @Nullable String claimText, List<String> tags, @Nullable String status, @Nullable Instant createdAt,
        @Nullable String createdBy, @Nullable Instant updatedAt, @Nullable String updatedBy, long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long duplicateOf, @Nullable Attribution attribution,
        List<Evidence> evidence, Map<String, Long> evidenceCounts, @Nullable String verdict,
        @Nullable String verdictLabel, @Nullable String rationale, @Nullable String noEvidenceNote,
        @Nullable String verdictBy, @Nullable Instant verdictAt, @Nullable String approvedBy,
        @Nullable Instant approvedAt, @Nullable String assignee, List<String> verdictAuthors,
        @Nullable String importedFrom, List<Correction> corrections, List<PublicationRef> publications,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<AlreadyChecked> alreadyChecked) {

    public ClaimJson {
        tags = tags == null ? List.of() : List.copyOf(tags);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        evidenceCounts = evidenceCounts == null ? Map.of() : evidenceCounts;
        verdictAuthors = verdictAuthors == null ? List.of() : List.copyOf(verdictAuthors);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        publications = publications == null ? List.of() : List.copyOf(publications);
    }

    /** The claim as the API answers it, with the versions of its fact check published so far (oldest first). */
    public static ClaimJson of(ClaimRecord record, List<PublicationView> published) {
        var c = record.claim();
        var a = c.anchor();
        var review = record.review();
        var verdict = review.verdict();
        return new ClaimJson(c.id(), c.documentId(), a.start(), a.end(), a.exact(), a.prefix(), a.suffix(),
                c.anchorState().name(), c.originalExact(), c.anchoredRevision(), c.claimText(), c.tags(),
                c.status().name(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(), c.version(),
                c.duplicateOf(), record.attribution() == null ? null : Attribution.of(record.attribution()),
                record.evidence().stream().map(Evidence::of).toList(), stanceCounts(record.evidence()),
                verdict == null ? null : verdict.code(), verdict == null ? null : verdict.label(), review.rationale(),
                review.noEvidenceNote(), review.verdictBy(), review.verdictAt(), review.approvedBy(),
                review.approvedAt(), review.assignee(), review.verdictAuthors().stream().sorted().toList(),
                review.importedFrom(), review.corrections().stream().map(r -> new Correction(r.note(),
                        r.correctedBy(), r.correctedAt(), r.previousVerdict(), r.publishedAt())).toList(),
                published.stream().map(PublicationRef::of).toList(), null);
    }

    /** The same claim with its matches in the library of verified claims. */
    public ClaimJson withAlreadyChecked(List<AlreadyChecked> matches) {
        return new ClaimJson(id, documentId, start, end, exact, prefix, suffix, anchorState, originalExact, revision,
                claimText, tags, status, createdAt, createdBy, updatedAt, updatedBy, version, duplicateOf, attribution,
                evidence, evidenceCounts, verdict, verdictLabel, rationale, noEvidenceNote, verdictBy, verdictAt,
                approvedBy, approvedAt, assignee, verdictAuthors, importedFrom, corrections, publications,
                List.copyOf(matches));
    }

    /** Evidence links by stance, every stance counted, in the stances' order. */
    static Map<String, Long> stanceCounts(List<EvidenceView> links) {
        var counts = Counts.zeroed(Stance.class);
        links.forEach(l -> counts.merge(l.stance(), 1L, Long::sum));
        var json = new LinkedHashMap<String, Long>();
        counts.forEach((k, v) -> json.put(k.name(), v));
        return json;
    }

    /** Who the claim is attributed to and how sure the desk is of it. */
    public record Attribution(@Nullable Long claimantId, @Nullable Claimant claimant, @Nullable String statedRole,
            @Nullable String cue, @Nullable String form, @Nullable String check, @Nullable String checkNote,
            @Nullable String checkedBy, @Nullable Instant checkedAt, @Nullable Span sourceSpan, @Nullable Span cueSpan,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SpanToCheck sourceToCheck,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SpanToCheck cueToCheck, long version) {

        public static Attribution of(AttributionView a) {
            return new Attribution(a.claimant() == null ? null : a.claimant().id(),
                    a.claimant() == null ? null : Claimant.of(a.claimant()), a.statedRole(), a.cue(), a.form().name(),
                    a.check().name(), a.checkNote(), a.checkedBy(), a.checkedAt(), Span.of(a.sourceSpan()),
                    Span.of(a.cueSpan()), SpanToCheck.of(a.sourceNotice()), SpanToCheck.of(a.cueNotice()), a.version());
        }
    }

    /**
     * Why a source or cue span needs a look since the text was replaced: {@code INEXACT}, {@code AMBIGUOUS}
     * (placed, to be checked) or {@code NOT_FOUND} (cleared); {@code words} are the words to mark again.
     */
    public record SpanToCheck(String check, String words) {

        static @Nullable SpanToCheck of(@Nullable SpanNotice notice) {
            return notice == null ? null : new SpanToCheck(notice.check().name(), notice.words());
        }
    }

    /** The claimant in brief; the whole entry is {@link ClaimantJson}. */
    public record Claimant(long id, @Nullable String name, @Nullable String kind) {

        static Claimant of(ClaimantView c) {
            return new Claimant(c.id(), c.name(), c.kind().name());
        }
    }

    /** A span of the document's text in code points. */
    public record Span(int start, int end, @Nullable String exact) {

        static @Nullable Span of(@Nullable TextSpan span) {
            return span == null ? null : new Span(span.start(), span.end(), span.exact());
        }

        public TextSpan text() {
            return new TextSpan(start, end, exact);
        }
    }

    /** One evidence link: the source in brief, the stance, the excerpt and where it sits in the source's text. */
    public record Evidence(long id, long claimId, long sourceId, @Nullable Source source, @Nullable String stance,
            @Nullable String excerpt, @Nullable String locator,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ExcerptAnchor excerptAnchor,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String excerptToCheck,
            @Nullable String note, @Nullable Instant createdAt, @Nullable String createdBy) {

        public static Evidence of(EvidenceView e) {
            var s = e.source();
            var documentId = s.fields().documentId();
            return new Evidence(e.id(), e.claimId(), s.id(), new Source(s.id(), s.title(),
                    s.url() == null ? "" : s.url(), s.fields().kind().name()), e.stance().name(), e.excerpt(),
                    e.locator(), e.excerptStart() == null ? null : new ExcerptAnchor(documentId == null ? -1 : documentId,
                            e.excerptStart(), e.excerptEnd(), e.excerptRevision()),
                    e.excerptPlacement() == null ? null : e.excerptPlacement().name(),
                    e.note(), e.createdAt(), e.createdBy());
        }
    }

    /** The source in brief ({@code url} is "" for a source without one); the whole entry is {@link SourceJson}. */
    public record Source(long id, @Nullable String title, @Nullable String url, @Nullable String kind) {
    }

    public record ExcerptAnchor(long documentId, int start, @Nullable Integer end, @Nullable Integer revision) {
    }

    /** A published claim reopened for a correction: why, by whom, when, and what had been published. */
    public record Correction(@Nullable String note, @Nullable String correctedBy, @Nullable Instant correctedAt,
            @Nullable String previousVerdict, @Nullable Instant publishedAt) {
    }

    /**
     * A version of the claim's fact check as the desk published it: the publication's id (its page is
     * {@code /api/v1/publications/{id}}), version, time, hash, and whether a later version corrects it.
     */
    public record PublicationRef(long id, int version, @Nullable Instant publishedAt, @Nullable String sha256,
            boolean current) {

        static PublicationRef of(PublicationView p) {
            return new PublicationRef(p.id(), p.version(), p.publishedAt(), p.sha256(), p.current());
        }
    }

    /**
     * A match in the library of verified claims: another workspace claim (its id, status and verdict)
     * or an imported fact check (its id, rating, publisher and address), with its rank and score.
     */
    public record AlreadyChecked(int rank, double score, String origin, String claim, @Nullable Long claimId,
            @Nullable Long factCheckId, @Nullable String status, @Nullable String verdict,
            @Nullable String publisher, @Nullable String url) {
    }
}
