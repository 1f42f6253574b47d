package org.factdesk.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.factdesk.anchoring.CodePointText;
import org.factdesk.claim.AnchorState;

/**
 * A text cut at every claim boundary, so that renderers can highlight and number claims, nested and
 * overlapping ones included. Claims whose placement needs review are left out: their offsets
 * belong to an older revision.
 */
final class Segments {

    /** A piece of text, the claim numbers covering it, and the claims that end right after it. */
    record Piece(String text, List<Long> covering, List<Long> endingHere) {
    }

    private Segments() {
    }

    static List<Piece> of(String text, List<ReportClaim> claims) {
        var cp = new CodePointText(text);
        var cuts = new TreeSet<Integer>();
        cuts.add(0);
        cuts.add(cp.length());
        var placed = claims.stream().filter(c -> c.claim().anchorState() != AnchorState.NEEDS_REVIEW
                && c.claim().end() <= cp.length()).toList();
        for (var c : placed) {
            cuts.add(c.claim().start());
            cuts.add(c.claim().end());
        }
        var pieces = new ArrayList<Piece>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int from = previous;
                int to = cut;
                var covering = placed.stream().filter(c -> c.claim().start() <= from && c.claim().end() >= to)
                        .map(c -> c.claim().id()).toList();
                var ending = placed.stream().filter(c -> c.claim().end() == to).map(c -> c.claim().id()).toList();
                pieces.add(new Piece(cp.slice(from, to), covering, ending));
            }
            previous = cut;
        }
        return pieces;
    }
}
