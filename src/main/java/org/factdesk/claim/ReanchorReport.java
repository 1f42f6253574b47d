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

    /**
     * Claims a person should look at now: not found, followed onto slightly different words, or on
     * words that occur more than once. The same count as the reader's "need a placement check".
     */
    public long needingPlacementCheck() {
        return claims.stream().filter(c -> c.anchorState().needsAttention()).count();
    }

    /** The outcome in one sentence, as the reader shows it after a replacement. */
    public String summary() {
        long check = needingPlacementCheck();
        long stayed = count(Reanchoring.Outcome.ANCHORED);
        return "Revision " + revision + ": " + stayed + (stayed == 1 ? " claim stayed, " : " claims stayed, ")
                + count(Reanchoring.Outcome.MOVED) + " moved; " + check + (check == 1 ? " needs" : " need")
                + " a placement check";
    }
}
