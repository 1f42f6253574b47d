package org.factdesk.claim;

import java.util.Map;

/**
 * An order of claims by something another feature knows (a verdict's place on the scale, an
 * assignee's or a claimant's name, a document's title): each claim's rank, or with {@code byDocument}
 * each document's. Claims without a rank come last in either direction, as empty cells do in a sorted
 * table.
 */
public record ClaimRanking(Map<Long, Integer> ranks, boolean byDocument, boolean descending) {

    public ClaimRanking {
        ranks = Map.copyOf(ranks);
    }
}
