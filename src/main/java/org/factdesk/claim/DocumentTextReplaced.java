package org.factdesk.claim;

import org.factdesk.anchoring.Reanchorer;

/**
 * A document got a new revision and its claims were re-anchored. Features with spans of their own
 * in the text (attribution sources and cues) re-anchor them with the same {@link Reanchorer}, in
 * the same transaction.
 */
public record DocumentTextReplaced(long documentId, int revision, Reanchorer reanchorer) {
}
