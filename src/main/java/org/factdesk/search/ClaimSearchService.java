package org.factdesk.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.factdesk.attribution.AttributionService;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimView;
import org.factdesk.verification.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    ClaimSearchService(ClaimQueries claims, AttributionService attributions, ReviewService reviews) {
        this.claims = claims;
        this.attributions = attributions;
        this.reviews = reviews;
    }

    @Transactional(readOnly = true)
    public Page<ClaimView> search(ClaimQuery query, Pageable pageable) {
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
                query.tag(), only), pageable);
    }

    private static Set<Long> narrow(@Nullable Set<Long> current, Collection<Long> ids) {
        if (current == null) {
            return new HashSet<>(ids);
        }
        current.retainAll(ids);
        return current;
    }
}
