package org.factdesk.attribution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A claim's attribution as views, the API and exports see it. */
public record AttributionView(long claimId, @Nullable ClaimantView claimant, @Nullable String statedRole,
        @Nullable String cue, AttributionForm form, AttributionCheck check, @Nullable String checkNote,
        @Nullable String checkedBy, @Nullable Instant checkedAt, @Nullable TextSpan sourceSpan,
        @Nullable TextSpan cueSpan, Instant updatedAt, String updatedBy, long version) {
}
