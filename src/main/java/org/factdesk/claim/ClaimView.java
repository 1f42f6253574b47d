package org.factdesk.claim;

import java.time.Instant;
import java.util.List;
import org.factdesk.anchoring.TextAnchor;
import org.jspecify.annotations.Nullable;

/** A claim as views, the API and exports see it. */
public record ClaimView(long id, long documentId, TextAnchor anchor, AnchorState anchorState,
        @Nullable String originalExact, int anchoredRevision, String claimText, List<String> tags, ClaimStatus status,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version,
        @Nullable Long duplicateOf) {

    static ClaimView of(Claim c) {
        return new ClaimView(c.id(), c.getDocumentId(), c.anchor(), c.getAnchorState(), c.getOriginalExact(),
                c.getAnchoredRevision(), c.getClaimText(), c.getTags().stream().sorted().toList(), c.getStatus(),
                c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy(), c.getVersion(),
                c.getDuplicateOf());
    }

    public int start() {
        return anchor.start();
    }

    public int end() {
        return anchor.end();
    }

    public String exact() {
        return anchor.exact();
    }
}
