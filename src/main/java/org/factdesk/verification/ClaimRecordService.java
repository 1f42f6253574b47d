package org.factdesk.verification;

import org.factdesk.attribution.AttributionService;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change to several parts of a claim record in one request (the API's PATCH of a claim), all or
 * nothing: the claim is locked and its version checked once, each part's own service checks and
 * writes its fields, and any refusal rolls every part back. The version moves once for the whole.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ClaimRecordService {

    private final ClaimService claims;
    private final AttributionService attributions;
    private final ReviewService reviews;

    ClaimRecordService(ClaimService claims, AttributionService attributions, ReviewService reviews) {
        this.claims = claims;
        this.attributions = attributions;
        this.reviews = reviews;
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView edit(long claimId, @Nullable Long expectedVersion, ClaimRecordEdit edit) {
        var change = claims.change(claimId, expectedVersion);
        if (edit.span() != null) {
            claims.reselect(claimId, expectedVersion, edit.span().start(), edit.span().end(), edit.span().exact());
        }
        if (edit.claim() != null) {
            claims.update(claimId, expectedVersion, edit.claim());
        }
        if (edit.attribution() != null) {
            attributions.set(claimId, expectedVersion, edit.attribution());
        }
        if (!edit.review().isEmpty()) {
            reviews.edit(claimId, expectedVersion, edit.review());
        }
        return change.view();
    }
}
