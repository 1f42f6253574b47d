package org.factdesk.search;

import java.util.Set;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/** Everything claims can be searched by; empty sets and nulls do not filter. */
public record ClaimQuery(@Nullable Long documentId, Set<ClaimStatus> statuses, @Nullable String text,
        @Nullable String tag, Set<AnchorState> anchorStates, @Nullable String claimant, @Nullable Long claimantId,
        Set<AttributionCheck> attributionChecks, Set<String> verdicts, @Nullable String assignee) {

    public ClaimQuery(@Nullable Long documentId, Set<ClaimStatus> statuses, @Nullable String text, @Nullable String tag,
            Set<AnchorState> anchorStates, @Nullable String claimant, @Nullable Long claimantId,
            Set<AttributionCheck> attributionChecks) {
        this(documentId, statuses, text, tag, anchorStates, claimant, claimantId, attributionChecks, Set.of(), null);
    }

    public static ClaimQuery all() {
        return new ClaimQuery(null, Set.of(), null, null, Set.of(), null, null, Set.of());
    }
}
