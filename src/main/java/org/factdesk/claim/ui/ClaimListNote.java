package org.factdesk.claim.ui;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.factdesk.claim.ClaimView;

/**
 * A feature's short note on claims in the reader's list, such as who a claim is attributed to and
 * whether that attribution is in question. Features contribute notes as Spring beans; the reader
 * shows them without knowing the features.
 */
public interface ClaimListNote {

    /** The note for each of these claims that has one, by claim id. One call for the whole list. */
    Map<Long, String> notes(Collection<ClaimView> claims);

    /**
     * Those of these claims whose own places in the text (an attribution's source or cue words) need a
     * person's look since the text was replaced: the reader lists them with the claims that need a
     * placement check.
     */
    default Set<Long> placementChecks(Collection<ClaimView> claims) {
        return Set.of();
    }
}
