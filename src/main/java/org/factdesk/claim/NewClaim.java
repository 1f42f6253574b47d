package org.factdesk.claim;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a reviewer asks for when creating a claim: a span in code points, optionally the exact
 * text they expect there, a checkable restatement (the quote by default), and tags.
 */
public record NewClaim(int start, int end, @Nullable String exact, @Nullable String claimText, List<String> tags) {

    public static NewClaim at(int start, int end) {
        return new NewClaim(start, end, null, null, List.of());
    }
}
