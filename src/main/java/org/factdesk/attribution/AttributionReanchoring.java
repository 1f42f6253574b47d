package org.factdesk.attribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.document.AnchoredInText;
import org.factdesk.document.DocumentRevised;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An attribution's source and cue spans move with their document's text after its claims did; a span
 * not found again exactly, or found in more than one place, is cleared rather than guessed.
 */
@Component
class AttributionReanchoring implements AnchoredInText<AttributionReanchoring.Place, Void> {

    /** One span of one claim's attribution. */
    record Place(long claimId, boolean source) {
    }

    private final AttributionRepository attributions;
    private final ClaimService claims;

    AttributionReanchoring(AttributionRepository attributions, ClaimService claims) {
        this.attributions = attributions;
        this.claims = claims;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Place, TextAnchor> places(long documentId) {
        var places = new LinkedHashMap<Place, TextAnchor>();
        for (var attribution : documentAttributions(documentId)) {
            put(places, new Place(attribution.claimId(), true), attribution.sourceSpan());
            put(places, new Place(attribution.claimId(), false), attribution.cueSpan());
        }
        return places;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public @Nullable Void reanchored(DocumentRevised revised, Map<Place, Reanchoring> outcomes) {
        for (var attribution : documentAttributions(revised.documentId())) {
            attribution.setSourceSpan(follow(outcomes.get(new Place(attribution.claimId(), true))));
            attribution.setCueSpan(follow(outcomes.get(new Place(attribution.claimId(), false))));
        }
        return null;
    }

    private List<Attribution> documentAttributions(long documentId) {
        return attributions.findByClaimIdIn(claims.forDocument(documentId).stream().map(ClaimView::id).toList());
    }

    private static void put(Map<Place, TextAnchor> places, Place place, @Nullable TextSpan span) {
        if (span != null && span.exact() != null) {
            places.put(place, new TextAnchor(span.start(), span.end(), span.exact(), "", ""));
        }
    }

    private static @Nullable TextSpan follow(@Nullable Reanchoring result) {
        if (result == null || result.outcome() == Reanchoring.Outcome.NEEDS_REVIEW
                || result.flag() != Reanchoring.Flag.NONE || result.anchor() == null) {
            return null;
        }
        return new TextSpan(result.anchor().start(), result.anchor().end(), result.anchor().exact());
    }
}
