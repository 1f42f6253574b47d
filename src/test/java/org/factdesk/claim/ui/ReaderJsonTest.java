package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.junit.jupiter.api.Test;

/** What the reader's element is given: JSON written by Jackson, statuses by name. */
class ReaderJsonTest {

    private static ClaimView claim(long id, int start, int end, ClaimStatus status, AnchorState state) {
        return new ClaimView(id, 1, new TextAnchor(start, end, "x", "", ""), state, null, 1, "claim \"quoted\"",
                List.of(), status, Instant.EPOCH, "a", Instant.EPOCH, "a", 0, null);
    }

    @Test
    void claims_go_by_status_name_and_a_claim_without_a_trustworthy_place_is_not_drawn() {
        var json = Reader.claimsJson(List.of(claim(7, 0, 5, ClaimStatus.IN_REVIEW, AnchorState.ANCHORED),
                claim(8, 6, 9, ClaimStatus.PUBLISHED, AnchorState.AMBIGUOUS),
                claim(9, 10, 12, ClaimStatus.UNCHECKED, AnchorState.NEEDS_REVIEW)));
        assertThat(json).isEqualTo("[[7,0,5,\"IN_REVIEW\",0],[8,6,9,\"PUBLISHED\",1]]");
    }
}
