package org.factdesk.report.export;

import java.util.List;
import org.factdesk.attribution.AttributionView;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.verification.ReviewView;
import org.jspecify.annotations.Nullable;

/**
 * One claim in a report: its number in reading order, the claim, its attribution, review and evidence.
 * Reports show a claim by its Factdesk id ({@link #label()}), the number people quote to each other
 * and find in Factdesk; the reading-order number only orders.
 */
public record ReportClaim(int number, ClaimView claim, @Nullable AttributionView attribution, ReviewView review,
        List<EvidenceView> evidence, @Nullable String documentTitle) {

    /** "[7]": the claim's id, as the markers in the article text show it. */
    public String label() {
        return "[" + claim.id() + "]";
    }

    /**
     * "Verdict" once the claim is published; before that the verdict is a proposal and says so, so a
     * report never prints an unapproved verdict beside a published one as if they were the same.
     */
    public String verdictHeading() {
        return switch (claim.status()) {
            case PUBLISHED -> "Verdict";
            case DISMISSED -> "Verdict (claim dismissed)";
            default -> "Proposed verdict (" + claim.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ", not yet approved)";
        };
    }
}
