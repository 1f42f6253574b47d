package org.factdesk.verification;

import java.util.List;
import org.factdesk.attribution.AttributionView;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceView;
import org.jspecify.annotations.Nullable;

/**
 * One claim with everything the desk records about it: who it is attributed to, its review (verdict,
 * workflow, corrections) and its evidence. The one read model of a claim that the API, the reports
 * and the exports show, assembled by {@link ClaimRecordService#records}.
 */
public record ClaimRecord(ClaimView claim, @Nullable AttributionView attribution, ReviewView review,
        List<EvidenceView> evidence) {

    public ClaimRecord {
        evidence = List.copyOf(evidence);
    }
}
