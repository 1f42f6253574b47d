package org.factdesk.api;

import java.util.List;
import org.factdesk.claim.ReanchorReport;
import org.jspecify.annotations.Nullable;

/** The answer of {@code PUT /documents/{id}/text}: the new revision and each claim's outcome. */
record ReanchorResponse(long documentId, int revision, List<Entry> claims) {

    record Entry(long claimId, String outcome, String anchorState, int start, int end, @Nullable String exact,
            double similarity) {
    }

    static ReanchorResponse of(ReanchorReport report) {
        return new ReanchorResponse(report.documentId(), report.revision(), report.claims().stream()
                .map(e -> new Entry(e.claimId(), e.outcome().name(), e.anchorState().name(), e.start(), e.end(),
                        e.exact(), Math.round(e.similarity() * 1000) / 1000.0))
                .toList());
    }
}
