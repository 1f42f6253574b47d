package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Typed events say themselves in the audit trail's text columns, the same rows as before they had parts. */
class ClaimEventTest {

    private static final ClaimEvent.Header H = new ClaimEvent.Header(7, 3, "alice", Instant.EPOCH);
    private static final ClaimEvent.Span KIEV = new ClaimEvent.Span(1, 4, "Kiev");

    private static String row(ClaimEvent e) {
        return e.action() + " | " + e.field() + " | " + e.before() + " | " + e.after();
    }

    @Test
    void each_kind_of_change_writes_its_audit_row() {
        var snapshot = new ClaimEvent.Snapshot(KIEV, "UNCHECKED");
        assertThat(row(new ClaimEvent.Created(H, snapshot))).isEqualTo("created | null | null | 1..4 \"Kiev\"; status UNCHECKED");
        assertThat(row(new ClaimEvent.Deleted(H, snapshot, false))).isEqualTo("deleted | null | 1..4 \"Kiev\"; status UNCHECKED | null");
        assertThat(row(new ClaimEvent.Deleted(H, snapshot, true))).startsWith("deleted | document | 1..4");
        assertThat(row(new ClaimEvent.Reanchored(H, KIEV, new ClaimEvent.Span(2, 5, "Kyiv"), "INEXACT", 2)))
                .isEqualTo("reanchored | anchor | 1..4 \"Kiev\" | 2..5 \"Kyiv\" (INEXACT)");
        assertThat(row(new ClaimEvent.Reanchored(H, KIEV, null, "NEEDS_REVIEW", 2)))
                .isEqualTo("reanchored | anchor | 1..4 \"Kiev\" | needs review in revision 2");
        assertThat(row(new ClaimEvent.PlacementConfirmed(H, "INEXACT")))
                .isEqualTo("anchor confirmed | anchorState | INEXACT | ANCHORED");
        assertThat(row(new ClaimEvent.StatusMoved(H, "UNCHECKED", "IN_RESEARCH", null)))
                .isEqualTo("status | status | UNCHECKED | IN_RESEARCH");
        assertThat(row(new ClaimEvent.StatusMoved(H, "IN_REVIEW", "IN_RESEARCH", "needs a source")))
                .isEqualTo("status | status | IN_REVIEW | IN_RESEARCH: needs a source");
        assertThat(row(new ClaimEvent.EvidenceUnlinked(H, new ClaimEvent.Evidence("SUPPORTS", "Reuters", null))))
                .isEqualTo("evidence removed | evidence | SUPPORTS from \u201CReuters\u201D | null");
        assertThat(row(new ClaimEvent.ClaimantSet(H, null, new ClaimEvent.Claimant(5, "Kyiv"))))
                .isEqualTo("attribution | attribution.claimant | null | Kyiv (5)");
        assertThat(row(new ClaimEvent.SpanMarked(H, true, null, true, KIEV)))
                .isEqualTo("attribution | attribution.cueSpan | words not found (to check) | 1..4 \u201CKiev\u201D");
        assertThat(row(new ClaimEvent.AttributionChecked(H, "UNCHECKED", null, "MISATTRIBUTED", "said by Minsk")))
                .isEqualTo("attribution | attribution.check | UNCHECKED | MISATTRIBUTED: said by Minsk");
        assertThat(row(new ClaimEvent.Approved(H, "bob", null))).isEqualTo("approved | approval | null | bob");
        assertThat(row(new ClaimEvent.Rejected(H, "bob", "one source"))).isEqualTo("rejected | rejection | null | bob: one source");
        assertThat(row(new ClaimEvent.Reopened(H, "bob"))).isEqualTo("reopened | approval | bob | null");
        assertThat(row(new ClaimEvent.CorrectionNoted(H, "carol", "wrong date"))).isEqualTo("reopened | correction | null | carol: wrong date");
        assertThat(row(new ClaimEvent.Commented(H, "hi"))).isEqualTo("commented | comment | null | hi");
        assertThat(new ClaimEvent.Assigned(H, null, "bob").claimId()).isEqualTo(7);
        assertThat(new ClaimEvent.Commented(H, "hi").type()).isEqualTo("Commented");
    }
}
