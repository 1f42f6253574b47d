package org.factdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.factdesk.anchoring.CodePointText;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.verification.ClaimRecord;
import org.factdesk.verification.ReviewView;
import org.junit.jupiter.api.Test;

/** The text cut at claim boundaries, by one sweep, is the text cut by the definition. */
class SegmentsTest {

    private static ReportClaim claim(long id, int start, int end, AnchorState state) {
        var view = new ClaimView(id, 1, new TextAnchor(start, end, "x", "", ""), state, null, 1, "c", List.of(),
                ClaimStatus.UNCHECKED, Instant.EPOCH, "a", Instant.EPOCH, "a", 0, null);
        return new ReportClaim((int) id, new ClaimRecord(view, null, ReviewView.empty(id), List.of()), null);
    }

    /** The definition: every piece between two cuts, each claim tested against each piece. */
    private static List<Segments.Piece> byDefinition(String text, List<ReportClaim> claims) {
        var cp = new CodePointText(text);
        var cuts = new TreeSet<Integer>(List.of(0, cp.length()));
        var placed = claims.stream().filter(c -> c.claim().anchorState() != AnchorState.NEEDS_REVIEW
                && c.claim().end() <= cp.length()).toList();
        placed.forEach(c -> {
            cuts.add(c.claim().start());
            cuts.add(c.claim().end());
        });
        var pieces = new ArrayList<Segments.Piece>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int from = previous;
                int to = cut;
                pieces.add(new Segments.Piece(cp.slice(from, to),
                        placed.stream().filter(c -> c.claim().start() <= from && c.claim().end() >= to)
                                .map(c -> c.claim().id()).toList(),
                        placed.stream().filter(c -> c.claim().end() == to).map(c -> c.claim().id()).toList()));
            }
            previous = cut;
        }
        return pieces;
    }

    @Test
    void nested_overlapping_and_misplaced_claims_cut_the_text_as_the_definition_does() {
        for (long seed = 0; seed < 300; seed++) {
            var random = new Random(seed);
            var text = new StringBuilder();
            int length = 1 + random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(10) == 0 ? "\uD83D\uDE80" : String.valueOf((char) ('a' + random.nextInt(26))));
            }
            var claims = new ArrayList<ReportClaim>();
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(length + 1);
                int end = Math.min(length + 3, start + 1 + random.nextInt(20)); // some past the end of the text
                var state = random.nextInt(8) == 0 ? AnchorState.NEEDS_REVIEW : AnchorState.ANCHORED;
                claims.add(claim(100 + random.nextInt(1000), start, end, state));
            }
            // In the report's order, and in an order of their own.
            if (random.nextBoolean()) {
                claims.sort(java.util.Comparator.comparingInt((ReportClaim c) -> c.claim().start())
                        .thenComparingInt(c -> c.claim().end()));
            }
            assertThat(Segments.of(text.toString(), claims)).as("seed " + seed)
                    .isEqualTo(byDefinition(text.toString(), claims));
        }
    }

    @Test
    void a_claim_inside_another_is_covered_by_both() {
        var pieces = Segments.of("abcdefgh", List.of(claim(1, 0, 8, AnchorState.ANCHORED), claim(2, 2, 4,
                AnchorState.INEXACT)));
        assertThat(pieces).extracting(Segments.Piece::text).containsExactly("ab", "cd", "efgh");
        assertThat(pieces.get(1).covering()).containsExactly(1L, 2L);
        assertThat(pieces.get(1).endingHere()).containsExactly(2L);
        assertThat(pieces.get(2).endingHere()).containsExactly(1L);
    }
}
