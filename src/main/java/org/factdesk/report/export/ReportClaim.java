package org.factdesk.report.export;

import java.util.List;
import org.factdesk.attribution.AttributionView;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.verification.ClaimRecord;
import org.factdesk.verification.ReviewView;
import org.jspecify.annotations.Nullable;

/**
 * One claim in a report: its number in reading order and its record (the claim, its attribution,
 * review and evidence), with the document's title where a report spans documents.
 * Reports show a claim by its Factdesk id ({@link #label()}), the number people quote to each other
 * and find in Factdesk; the reading-order number only orders.
 */
public record ReportClaim(int number, ClaimRecord record, @Nullable String documentTitle) {

    public ClaimView claim() {
        return record.claim();
    }

    public @Nullable AttributionView attribution() {
        return record.attribution();
    }

    public ReviewView review() {
        return record.review();
    }

    public List<EvidenceView> evidence() {
        return record.evidence();
    }

    /** "[7]": the claim's id, as the markers in the article text show it. */
    public String label() {
        return "[" + claim().id() + "]";
    }

    /**
     * "Verdict" once the claim is published; before that the verdict is a proposal and says so, so a
     * report never prints an unapproved verdict beside a published one as if they were the same.
     */
    public String verdictHeading() {
        return switch (claim().status()) {
            case PUBLISHED -> "Verdict";
            case DISMISSED -> "Verdict (claim dismissed)";
            default -> "Proposed verdict (" + claim().status().label().toLowerCase(java.util.Locale.ROOT)
                    + ", not yet approved)";
        };
    }
}
