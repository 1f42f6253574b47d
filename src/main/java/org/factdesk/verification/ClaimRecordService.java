package org.factdesk.verification;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.AttributionView;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.NewEvidence;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim records read whole ({@link #records}) and changed whole ({@link #edit}).
 *
 * <p>A change to several parts of a claim record in one request (the API's PATCH of a claim), all or
 * nothing: the claim is locked and its version checked once, each part's own service checks and
 * writes its fields, and any refusal rolls every part back. The version moves once for the whole.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ClaimRecordService {

    private final ClaimService claims;
    private final AttributionService attributions;
    private final ReviewService reviews;
    private final EvidenceService evidence;

    ClaimRecordService(ClaimService claims, AttributionService attributions, ReviewService reviews,
            EvidenceService evidence) {
        this.claims = claims;
        this.attributions = attributions;
        this.reviews = reviews;
        this.evidence = evidence;
    }

    /** The claims' records, in the claims' order, each part read for all of them at once in one transaction. */
    @Transactional(readOnly = true)
    public List<ClaimRecord> records(List<ClaimView> list) {
        var ids = list.stream().map(ClaimView::id).toList();
        var attributionById = attributions.forClaims(ids);
        var reviewById = reviews.forClaims(ids);
        var evidenceById = evidence.forClaims(ids);
        var result = new ArrayList<ClaimRecord>(list.size());
        for (var c : list) {
            var review = reviewById.get(c.id());
            result.add(new ClaimRecord(c, attributionById.get(c.id()), review == null ? ReviewView.empty(c.id()) : review,
                    evidenceById.getOrDefault(c.id(), List.of())));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public ClaimRecord record(ClaimView claim) {
        return records(List.of(claim)).getFirst();
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

    /** What a write to one part of a claim record gave, with the claim as that write left it (its version is the ETag). */
    public record Written<T>(T value, ClaimView claim) {
    }

    /** Sets the attribution (only the fields the draft names) and answers it with the claim as this write left it. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public Written<AttributionView> setAttribution(long claimId, @Nullable Long expectedVersion, AttributionDraft draft) {
        var change = claims.change(claimId, expectedVersion);
        var saved = attributions.set(claimId, expectedVersion, draft);
        return new Written<>(saved, change.view());
    }

    /** Links evidence and answers it with the claim as this write left it. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public Written<EvidenceView> addEvidence(long claimId, @Nullable Long expectedVersion, NewEvidence request) {
        var change = claims.change(claimId, expectedVersion);
        var added = evidence.add(claimId, expectedVersion, request);
        return new Written<>(added, change.view());
    }
}
