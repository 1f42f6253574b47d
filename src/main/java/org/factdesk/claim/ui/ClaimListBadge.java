package org.factdesk.claim.ui;

import java.util.List;
import java.util.Map;

/**
 * A mark a feature puts on claims in the reader's list that takes a question per claim to find out
 * (such as "already checked"): the list asks in the background, once the text and the list are on
 * screen, and shows the marks when they come. Features contribute marks as Spring beans.
 */
public interface ClaimListBadge {

    /** When a document opens, at most this many of its claims are asked about (the first in reading order). */
    int FIRST = 100;

    /** The mark for each of these claims that has one, by claim id: a word or two. */
    Map<Long, String> badges(List<Long> claimIds);
}
