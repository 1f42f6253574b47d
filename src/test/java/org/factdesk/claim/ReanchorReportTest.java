package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.anchoring.Reanchoring.Outcome;
import org.junit.jupiter.api.Test;

class ReanchorReportTest {

    /** Issue 22: the toast said "1 need review" while the reader's header said "2 claims need a placement check". */
    @Test
    void the_summary_counts_placement_checks_the_way_the_reader_does() {
        var report = new ReanchorReport(1, 3, List.of(
                entry(1, Outcome.ANCHORED, AnchorState.ANCHORED),
                entry(2, Outcome.MOVED, AnchorState.ANCHORED),
                entry(3, Outcome.MOVED, AnchorState.INEXACT),
                entry(4, Outcome.NEEDS_REVIEW, AnchorState.NEEDS_REVIEW)));
        assertThat(report.needingPlacementCheck()).isEqualTo(2);
        // Issue 36: the counts add up to the claims (a flagged claim is counted once, as needing a check).
        assertThat(report.summary()).isEqualTo("Revision 3: 4 claims: 1 stayed, 1 moved, 2 need a placement check");
    }

    private static ReanchorReport.Entry entry(long id, Outcome outcome, AnchorState state) {
        return new ReanchorReport.Entry(id, outcome, state, 0, 4, "text", 1.0);
    }
}
