package org.factdesk.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.factdesk.attribution.AttributionService;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimRanking;
import org.factdesk.document.DocumentService;
import org.factdesk.claim.ClaimView;
import org.factdesk.verification.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches claims with the criteria of every feature combined. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ClaimSearchService {

    private final ClaimQueries claims;
    private final AttributionService attributions;
    private final ReviewService reviews;
    private final DocumentService documents;

    ClaimSearchService(ClaimQueries claims, AttributionService attributions, ReviewService reviews,
            DocumentService documents) {
        this.claims = claims;
        this.documents = documents;
        this.attributions = attributions;
        this.reviews = reviews;
    }

    /**
     * A page of the claims that match, in an order of the Claims screen or the API: by something of
     * the claim's own (last change, status, reading order) or by something another feature knows (the
     * verdict's place on the scale, the assignee's, claimant's or document's name), ties broken by the
     * most recent change.
     */
    @Transactional(readOnly = true)
    public Page<ClaimView> search(ClaimQuery query, ClaimSort.Order order, int page, int size) {
        var direction = order.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        var newest = Sort.by(Sort.Direction.DESC, "updatedAt");
        return switch (order.by()) {
            case UPDATED -> search(query, PageRequest.of(page, size, Sort.by(direction, "updatedAt")), null);
            case STATUS -> search(query, PageRequest.of(page, size, Sort.by(direction, "status").and(newest)), null);
            case READING -> search(query, PageRequest.of(page, size, Sort.by(direction, "documentId", "start", "id")),
                    null);
            case VERDICT -> search(query, PageRequest.of(page, size, newest),
                    new ClaimRanking(reviews.verdictPositions(), false, order.descending()));
            case ASSIGNEE -> search(query, PageRequest.of(page, size, newest),
                    new ClaimRanking(ranks(reviews.assignees()), false, order.descending()));
            case CLAIMANT -> search(query, PageRequest.of(page, size, newest),
                    new ClaimRanking(ranks(attributions.claimantNames()), false, order.descending()));
            case DOCUMENT -> search(query, PageRequest.of(page, size, Sort.by("start", "id")),
                    new ClaimRanking(ranks(documents.titles()), true, order.descending()));
        };
    }

    /** Each key's place when their names are in alphabetical order (as a reader sorts: case and accents aside). */
    static Map<Long, Integer> ranks(Map<Long, String> names) {
        var collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        var distinct = new ArrayList<>(new HashSet<>(names.values()));
        distinct.sort(collator);
        var place = new HashMap<String, Integer>();
        for (int i = 0; i < distinct.size(); i++) {
            place.put(distinct.get(i), i);
        }
        var ranks = new HashMap<Long, Integer>();
        names.forEach((id, name) -> ranks.put(id, place.get(name)));
        return ranks;
    }

    @Transactional(readOnly = true)
    public Page<ClaimView> search(ClaimQuery query, Pageable pageable) {
        return search(query, pageable, null);
    }

    private Page<ClaimView> search(ClaimQuery query, Pageable pageable, @Nullable ClaimRanking ranking) {
        Set<Long> only = null;
        if (query.claimant() != null && !query.claimant().isBlank()) {
            only = narrow(only, attributions.claimIdsForClaimant(query.claimant()));
        }
        if (query.claimantId() != null) {
            only = narrow(only, attributions.claimIdsForClaimant(query.claimantId()));
        }
        if (!query.attributionChecks().isEmpty()) {
            only = narrow(only, attributions.claimIdsWithCheck(query.attributionChecks()));
        }
        if (!query.verdicts().isEmpty()) {
            only = narrow(only, reviews.withVerdict(query.verdicts()));
        }
        if (query.assignee() != null && !query.assignee().isBlank()) {
            only = narrow(only, reviews.assignedTo(query.assignee().strip()));
        }
        return claims.search(new ClaimFilter(query.documentId(), query.statuses(), query.text(), query.anchorStates(),
                query.tag(), only), pageable, ranking);
    }

    private static Set<Long> narrow(@Nullable Set<Long> current, Collection<Long> ids) {
        if (current == null) {
            return new HashSet<>(ids);
        }
        current.retainAll(ids);
        return current;
    }
}
