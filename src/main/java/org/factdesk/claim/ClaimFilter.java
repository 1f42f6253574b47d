package org.factdesk.claim;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which claims to find. Other features narrow the search by passing the ids that match their
 * own criteria (claimant, verdict, assignee) in {@code onlyIds}.
 */
public record ClaimFilter(@Nullable Long documentId, Set<ClaimStatus> statuses, @Nullable String text,
        Set<AnchorState> anchorStates, @Nullable String tag, @Nullable Collection<Long> onlyIds) {

    public static ClaimFilter all() {
        return new ClaimFilter(null, Set.of(), null, Set.of(), null, null);
    }
}
