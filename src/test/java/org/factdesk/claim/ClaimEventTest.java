package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Typed events say themselves in the audit trail's terms, the same rows as before they were typed. */
class ClaimEventTest {

    private static final ClaimEvent.Header H = new ClaimEvent.Header(7, 3, "alice", Instant.EPOCH);

    private static String row(ClaimEvent e) {
        return e.action() + " | " + e.field() + " | " + e.before() + " | " + e.after();
    }

    @Test
    void each_kind_of_change_writes_its_audit_row() {
        assertThat(row(new ClaimEvent.Created(H, "1..4 \"Kiev\""))).isEqualTo("created | null | null | 1..4 \"Kiev\"");
        assertThat(row(new ClaimEvent.Deleted(H, "x", false))).isEqualTo("deleted | null | x | null");
        assertThat(row(new ClaimEvent.Deleted(H, "x", true))).isEqualTo("deleted | document | x | null");
        assertThat(row(new ClaimEvent.Placed(H, ClaimEvent.Placement.REANCHORED, "a", "b")))
                .isEqualTo("reanchored | anchor | a | b");
        assertThat(row(new ClaimEvent.Placed(H, ClaimEvent.Placement.CONFIRMED, "INEXACT", "ANCHORED")))
                .isEqualTo("anchor confirmed | anchorState | INEXACT | ANCHORED");
        assertThat(row(new ClaimEvent.StatusMoved(H, "UNCHECKED", "IN_RESEARCH"))).isEqualTo("status | status | UNCHECKED | IN_RESEARCH");
        assertThat(row(new ClaimEvent.EvidenceUnlinked(H, "s"))).isEqualTo("evidence removed | evidence | s | null");
        assertThat(row(new ClaimEvent.Commented(H, "hi"))).isEqualTo("commented | comment | null | hi");
        assertThat(new ClaimEvent.Assigned(H, null, "bob").claimId()).isEqualTo(7);
    }
}
