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
        var endingAt = new java.util.HashMap<Integer, List<Long>>();
        for (var c : placed) {
            cuts.add(c.claim().start());
            cuts.add(c.claim().end());
            endingAt.computeIfAbsent(c.claim().end(), e -> new ArrayList<>()).add(c.claim().id());
        }
        // One sweep over the cuts: the claims open at a piece are those started at or before it and not
        // yet ended (every end is a cut, so an open claim covers the whole piece). Kept by their place
        // in the list, so each piece names its claims in the list's order.
        var byStart = new ArrayList<Integer>();
        for (int i = 0; i < placed.size(); i++) {
            byStart.add(i);
        }
        byStart.sort(java.util.Comparator.comparingInt(i -> placed.get(i).claim().start()));
        var open = new TreeSet<Integer>();
        var closing = new java.util.PriorityQueue<Integer>(
                java.util.Comparator.comparingInt(i -> placed.get(i).claim().end()));
        int next = 0;
        var pieces = new ArrayList<Piece>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int from = previous;
                int to = cut;
                while (next < byStart.size() && placed.get(byStart.get(next)).claim().start() <= from) {
                    int i = byStart.get(next++);
                    open.add(i);
                    closing.add(i);
                }
                while (!closing.isEmpty() && placed.get(closing.peek()).claim().end() <= from) {
                    open.remove(closing.poll());
                }
                var covering = new ArrayList<Long>(open.size());
                for (int i : open) {
                    covering.add(placed.get(i).claim().id());
                }
                pieces.add(new Piece(cp.slice(from, to), List.copyOf(covering),
                        List.copyOf(endingAt.getOrDefault(to, List.of()))));
            }
            previous = cut;
        }
        return pieces;
    }
}
