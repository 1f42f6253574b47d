package org.factdesk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.factdesk.claim.ReanchorReport;
import org.factdesk.document.SpansReport;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code PUT /documents/{id}/text}: the new revision, each claim's outcome, each other span's
 * (attribution sources and cues, evidence excerpts quoting the document), and the summary the reader shows.
 */
record ReanchorResponse(long documentId, int revision, List<Entry> claims, List<SpanEntry> spans, String summary) {

    record Entry(long claimId, String outcome, String anchorState, int start, int end, @Nullable String exact,
            double similarity) {
    }

    /** One span: {@code check} is null when it followed its words; start and end are null when it was cleared. */
    record SpanEntry(long claimId, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long evidenceId, String part,
            String outcome, @Nullable String check, @Nullable Integer start, @Nullable Integer end, String exact) {
    }

    static ReanchorResponse of(ReanchorReport report, List<SpansReport> spans) {
        return new ReanchorResponse(report.documentId(), report.revision(), report.claims().stream()
                .map(e -> new Entry(e.claimId(), e.outcome().name(), e.anchorState().name(), e.start(), e.end(),
                        e.exact(), Math.round(e.similarity() * 1000) / 1000.0))
                .toList(),
                spans.stream().flatMap(r -> r.spans().stream())
                        .map(e -> new SpanEntry(e.claimId(), e.evidenceId(), e.part().name(), e.outcome().name(),
                                e.check() == null ? null : e.check().name(), e.start(), e.end(), e.exact()))
                        .toList(),
                report.summaryWith(spans));
    }
}
