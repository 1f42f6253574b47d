package org.factdesk.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.attribution.AttributionService;
import org.factdesk.base.domain.Counts;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.Stance;
import org.factdesk.verification.ReviewService;
import org.springframework.stereotype.Component;

/** Builds the full JSON of claims (anchor, attribution, evidence with stance counts), in batches for lists. */
@Component
class ClaimAssembler {

    private final AttributionService attributions;
    private final EvidenceService evidence;
    private final ReviewService reviews;

    ClaimAssembler(AttributionService attributions, EvidenceService evidence, ReviewService reviews) {
        this.attributions = attributions;
        this.evidence = evidence;
        this.reviews = reviews;
    }

    Map<String, Object> one(ClaimView claim) {
        return many(List.of(claim)).getFirst();
    }

    List<Map<String, Object>> many(List<ClaimView> claims) {
        var ids = claims.stream().map(ClaimView::id).toList();
        var attributionById = attributions.forClaims(ids);
        var evidenceById = evidence.forClaims(ids);
        var reviewById = reviews.forClaims(ids);
        var result = new ArrayList<Map<String, Object>>(claims.size());
        for (var claim : claims) {
            var json = ClaimJson.of(claim);
            var attribution = attributionById.get(claim.id());
            json.put("attribution", attribution == null ? null : AttributionJson.of(attribution));
            var links = evidenceById.getOrDefault(claim.id(), List.of());
            json.put("evidence", links.stream().map(EvidenceJson::evidence).toList());
            json.put("evidenceCounts", stanceCounts(links));
            var review = reviewById.get(claim.id());
            json.put("verdict", review == null || review.verdict() == null ? null : review.verdict().code());
            json.put("verdictLabel", review == null || review.verdict() == null ? null : review.verdict().label());
            json.put("rationale", review == null ? null : review.rationale());
            json.put("noEvidenceNote", review == null ? null : review.noEvidenceNote());
            json.put("verdictBy", review == null ? null : review.verdictBy());
            json.put("verdictAt", review == null ? null : review.verdictAt());
            json.put("approvedBy", review == null ? null : review.approvedBy());
            json.put("approvedAt", review == null ? null : review.approvedAt());
            json.put("assignee", review == null ? null : review.assignee());
            json.put("verdictAuthors", review == null ? List.of() : review.verdictAuthors().stream().sorted().toList());
            json.put("importedFrom", review == null ? null : review.importedFrom());
            json.put("corrections", review == null ? List.of() : review.corrections());
            result.add(json);
        }
        return result;
    }

    static Map<String, Long> stanceCounts(List<EvidenceView> links) {
        var counts = Counts.zeroed(Stance.class);
        links.forEach(l -> counts.merge(l.stance(), 1L, Long::sum));
        var json = new java.util.LinkedHashMap<String, Long>();
        counts.forEach((k, v) -> json.put(k.name(), v));
        return json;
    }
}
