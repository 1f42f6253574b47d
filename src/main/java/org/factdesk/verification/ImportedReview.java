package org.factdesk.verification;

import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/**
 * A review as another Factdesk's export recorded it: data to bring in, not decisions to copy. The
 * names in it (who set the verdict, who approved it) are only ever shown as its provenance.
 */
public record ImportedReview(@Nullable String verdict, @Nullable String rationale, @Nullable String noEvidenceNote,
        ClaimStatus statusThere, String provenance) {
}
