package org.factdesk.claim;

import java.util.Collection;
import java.util.List;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.document.SpansReport;
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

    /**
     * The outcome in one sentence whose counts add up, as the reader shows it after a replacement:
     * "Revision 4: 3 claims: 1 stayed, 1 moved, 1 needs a placement check".
     */
    public String summary() {
        long check = needingPlacementCheck();
        long stayed = claims.stream().filter(c -> !c.anchorState().needsAttention()
                && c.outcome() == Reanchoring.Outcome.ANCHORED).count();
        long moved = claims.size() - stayed - check;
        return "Revision " + revision + ": " + claims.size() + (claims.size() == 1 ? " claim: " : " claims: ") + stayed
                + " stayed, " + moved + " moved, " + check + (check == 1 ? " needs" : " need") + " a placement check";
    }

    /**
     * The claims' sentence followed by the other spans' ("…; 3 cues: 2 moved, 1 needs a check"), as the
     * reader's notice and the API's {@code summary} say it.
     */
    public String summaryWith(Collection<SpansReport> spans) {
        var others = SpansReport.summary(spans);
        return others.isEmpty() ? summary() : summary() + "; " + others;
    }
}
