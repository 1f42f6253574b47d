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

    /**
     * What a feature says of claims in the list: a short note for each claim that has one, by claim id, and
     * those claims whose own places in the text (an attribution's source or cue words) need a person's look
     * since the text was replaced, which the reader lists with the claims that need a placement check.
     */
    record Notes(Map<Long, String> text, Set<Long> placementChecks) {
    }

    /** The notes on these claims: one call, and one look at the feature's data, for the whole list. */
    Notes notes(Collection<ClaimView> claims);
}
