package org.factdesk.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.SpanCheck;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.document.AnchoredInText;
import org.factdesk.document.DocumentRevised;
import org.factdesk.document.SpansReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An attribution's source and cue words move with their document's text after its claims did, by the
 * same re-anchoring, with the context they have in the old text: each follows its words, or is placed
 * and flagged for a person to check, or, not found, is cleared and flagged with the words to mark again.
 * Never kept at old offsets, never silently elsewhere.
 */
@Component
class AttributionReanchoring implements AnchoredInText<AttributionReanchoring.Place, SpansReport> {

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
    public Map<Place, TextAnchor> places(DocumentRevised revised) {
        var places = new LinkedHashMap<Place, TextAnchor>();
        for (var attribution : documentAttributions(revised.documentId())) {
            put(places, new Place(attribution.claimId(), true), attribution.sourceSpan());
            put(places, new Place(attribution.claimId(), false), attribution.cueSpan());
        }
        return places;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SpansReport reanchored(DocumentRevised revised, Map<Place, Reanchoring> outcomes) {
        var entries = new ArrayList<SpansReport.Entry>();
        // Only the attributions that had places, found by the claims those places name: no second walk of the document.
        var claimIds = outcomes.keySet().stream().map(Place::claimId).distinct().toList();
        for (var attribution : claimIds.isEmpty() ? List.<Attribution>of() : attributions.findByClaimIdIn(claimIds)) {
            var source = outcomes.get(new Place(attribution.claimId(), true));
            if (source != null) {
                var old = attribution.sourceSpan();
                attribution.sourceReanchored(placed(source), SpanCheck.of(source));
                entries.add(entry(attribution.claimId(), SpansReport.Part.SOURCE, source, old));
            }
            var cue = outcomes.get(new Place(attribution.claimId(), false));
            if (cue != null) {
                var old = attribution.cueSpan();
                attribution.cueReanchored(placed(cue), SpanCheck.of(cue));
                entries.add(entry(attribution.claimId(), SpansReport.Part.CUE, cue, old));
            }
        }
        attributions.flush();
        return new SpansReport(entries);
    }

    private List<Attribution> documentAttributions(long documentId) {
        return attributions.findByClaimIdIn(claims.forDocument(documentId).stream().map(ClaimView::id).toList());
    }

    private static void put(Map<Place, TextAnchor> places, Place place, @Nullable TextSpan span) {
        if (span != null && span.exact() != null && span.end() > span.start()) {
            // No context is stored with a span: re-anchoring reads it from the old text.
            places.put(place, new TextAnchor(span.start(), span.end(), span.exact(), "", ""));
        }
    }

    private static @Nullable TextSpan placed(Reanchoring result) {
        var anchor = result.anchor();
        return anchor == null ? null : new TextSpan(anchor.start(), anchor.end(), anchor.exact());
    }

    private static SpansReport.Entry entry(long claimId, SpansReport.Part part, Reanchoring result,
            @Nullable TextSpan old) {
        var anchor = result.anchor();
        var check = SpanCheck.of(result);
        return new SpansReport.Entry(claimId, null, part, result.outcome(), check,
                check == SpanCheck.NOT_FOUND || anchor == null ? null : anchor.start(),
                check == SpanCheck.NOT_FOUND || anchor == null ? null : anchor.end(),
                anchor != null ? anchor.exact() : old == null || old.exact() == null ? "" : old.exact());
    }
}
