package org.factdesk.verification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A claim's review as views, the API and reports see it. */
public record ReviewView(long claimId, @Nullable VerdictView verdict, @Nullable String rationale,
        @Nullable String noEvidenceNote, @Nullable String verdictBy, @Nullable Instant verdictAt,
        @Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String assignee, long version) {

    static ReviewView empty(long claimId) {
        return new ReviewView(claimId, null, null, null, null, null, null, null, null, 0);
    }
}
