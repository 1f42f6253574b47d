package org.factdesk.api;

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
import org.factdesk.verification.ClaimRecord;
import org.factdesk.verification.CorrectionView;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the API answers it, written by Jackson in this order: its anchor, text, tags and status,
 * then its attribution, evidence (with counts by stance) and review.
 */
record ClaimResponse(long id, long documentId, int start, int end, String exact, String prefix, String suffix,
        String anchorState, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String originalExact, int revision,
        String claimText, List<String> tags, String status, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, long version, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long duplicateOf,
        @Nullable Attribution attribution, List<Evidence> evidence, Map<String, Long> evidenceCounts,
        @Nullable String verdict, @Nullable String verdictLabel, @Nullable String rationale,
        @Nullable String noEvidenceNote, @Nullable String verdictBy, @Nullable Instant verdictAt,
        @Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String assignee,
        List<String> verdictAuthors, @Nullable String importedFrom, List<CorrectionView> corrections) {

    static ClaimResponse of(ClaimRecord record) {
        var c = record.claim();
        var a = c.anchor();
        var review = record.review();
        var verdict = review.verdict();
        return new ClaimResponse(c.id(), c.documentId(), a.start(), a.end(), a.exact(), a.prefix(), a.suffix(),
                c.anchorState().name(), c.originalExact(), c.anchoredRevision(), c.claimText(), c.tags(),
                c.status().name(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(), c.version(),
                c.duplicateOf(), record.attribution() == null ? null : Attribution.of(record.attribution()),
                record.evidence().stream().map(Evidence::of).toList(), stanceCounts(record.evidence()),
                verdict == null ? null : verdict.code(), verdict == null ? null : verdict.label(), review.rationale(),
                review.noEvidenceNote(), review.verdictBy(), review.verdictAt(), review.approvedBy(),
                review.approvedAt(), review.assignee(), review.verdictAuthors().stream().sorted().toList(),
                review.importedFrom(), review.corrections());
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
    record Attribution(@Nullable Long claimantId, @Nullable Claimant claimant, @Nullable String statedRole,
            @Nullable String cue, String form, String check, @Nullable String checkNote, @Nullable String checkedBy,
            @Nullable Instant checkedAt, @Nullable Span sourceSpan, @Nullable Span cueSpan,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SpanToCheck sourceToCheck,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SpanToCheck cueToCheck, long version) {

        static Attribution of(AttributionView a) {
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
    record SpanToCheck(String check, String words) {

        static @Nullable SpanToCheck of(@Nullable SpanNotice notice) {
            return notice == null ? null : new SpanToCheck(notice.check().name(), notice.words());
        }
    }

    record Claimant(long id, String name, String kind) {

        static Claimant of(ClaimantView c) {
            return new Claimant(c.id(), c.name(), c.kind().name());
        }
    }

    /** A span of the document's text in code points. */
    record Span(int start, int end, @Nullable String exact) {

        static @Nullable Span of(@Nullable TextSpan span) {
            return span == null ? null : new Span(span.start(), span.end(), span.exact());
        }
    }

    /** One evidence link: the source in brief, the stance, the excerpt and where it sits in the source's text. */
    record Evidence(long id, long claimId, long sourceId, Source source, String stance, @Nullable String excerpt,
            @Nullable String locator, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ExcerptAnchor excerptAnchor,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String excerptToCheck,
            @Nullable String note, Instant createdAt, String createdBy) {

        static Evidence of(EvidenceView e) {
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

    record Source(long id, String title, String url, String kind) {
    }

    record ExcerptAnchor(long documentId, int start, @Nullable Integer end, @Nullable Integer revision) {
    }
}
