package org.factdesk.claim.ui;

import java.util.Collection;
import java.util.Map;
import org.factdesk.claim.ClaimView;

/**
 * A feature's short note on claims in the reader's list, such as who a claim is attributed to and
 * whether that attribution is in question. Features contribute notes as Spring beans; the reader
 * shows them without knowing the features.
 */
public interface ClaimListNote {

    /** The note for each of these claims that has one, by claim id. One call for the whole list. */
    Map<Long, String> notes(Collection<ClaimView> claims);
}
