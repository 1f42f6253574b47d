package org.factdesk.report.export;

import java.util.List;
import org.factdesk.attribution.AttributionView;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.verification.ReviewView;
import org.jspecify.annotations.Nullable;

/** One claim in a report: its number in reading order, the claim, its attribution, review and evidence. */
public record ReportClaim(int number, ClaimView claim, @Nullable AttributionView attribution, ReviewView review,
        List<EvidenceView> evidence, @Nullable String documentTitle) {
}
