package org.factdesk.claim;

import java.util.List;
import org.factdesk.anchoring.Reanchoring;
import org.jspecify.annotations.Nullable;

/** What re-anchoring did to each claim of a document when its text was replaced. */
public record ReanchorReport(long documentId, int revision, List<Entry> claims) {

    /**
     * One claim's outcome. {@code start}/{@code end} are its offsets in the new text, or, for a
     * claim that needs review, its last known offsets (in the old text).
     */
    public record Entry(long claimId, Reanchoring.Outcome outcome, AnchorState anchorState, int start, int end,
            @Nullable String exact, double similarity) {
    }

    public long count(Reanchoring.Outcome outcome) {
        return claims.stream().filter(c -> c.outcome() == outcome).count();
    }
}
