package org.factdesk.attribution.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.ClaimantService;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimContext;
import org.factdesk.claim.ui.ClaimSection;
import org.factdesk.claim.ui.Reader;
import org.factdesk.document.DocumentService;

/** Contributes the attribution section to every claim panel, and draws sources and cues in the text. */
@SpringComponent
class AttributionSectionFactory implements ClaimSection.Factory {

    private final AttributionService attributions;
    private final ClaimantService claimants;
    private final DocumentService documents;
    private final org.factdesk.claim.ClaimService claims;

    AttributionSectionFactory(AttributionService attributions, ClaimantService claimants, DocumentService documents,
            org.factdesk.claim.ClaimService claims) {
        this.attributions = attributions;
        this.claimants = claimants;
        this.documents = documents;
        this.claims = claims;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ClaimSection create(ClaimContext context) {
        return new AttributionSection(attributions, claimants, documents, context);
    }

    /** Who said it, at a glance: every claim's source and cue words in the document. */
    @Override
    public List<Reader.MarkedSpan> spans(long documentId) {
        return spans(documentId, claims.forDocument(documentId).stream().map(ClaimView::id).toList());
    }

    @Override
    public List<Reader.MarkedSpan> spans(long documentId, java.util.Collection<Long> claimIds) {
        var spans = new ArrayList<Reader.MarkedSpan>();
        attributions.forClaims(claimIds).values().forEach(a -> {
            if (a.sourceSpan() != null) {
                spans.add(new Reader.MarkedSpan(a.claimId(), "SOURCE", a.sourceSpan().start(), a.sourceSpan().end()));
            }
            if (a.cueSpan() != null) {
                spans.add(new Reader.MarkedSpan(a.claimId(), "CUE", a.cueSpan().start(), a.cueSpan().end()));
            }
        });
        return spans;
    }
}
