package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.document.AnchoredInText;
import org.factdesk.document.DocumentRevised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims move with their document's text: each is put where re-anchoring found its words, or flagged
 * for a person to place. A claim whose words or placement changed records it; one whose offsets only
 * shifted does not change (its version stays).
 */
@Component
class ClaimReanchoring implements AnchoredInText<Long, ReanchorReport> {

    private final ClaimRepository claims;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    ClaimReanchoring(ClaimRepository claims, ApplicationEventPublisher events, EntityManager entityManager) {
        this.claims = claims;
        this.events = events;
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return 0;
    }

    /** Every claim of the document is locked, so no edit of one of them can interleave with its re-anchoring. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, TextAnchor> places(DocumentRevised revised) {
        var places = new LinkedHashMap<Long, TextAnchor>();
        // A claim that already needed review keeps its last known place; its quote is looked for anew.
        claims.findByDocumentForUpdate(revised.documentId()).forEach(c -> places.put(c.id(), c.anchor()));
        return places;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public ReanchorReport reanchored(DocumentRevised revised, Map<Long, Reanchoring> outcomes) {
        var entries = new ArrayList<ReanchorReport.Entry>();
        int revision = revised.revision();
        for (var outcome : outcomes.entrySet()) {
            // Locked and loaded by places() in this transaction: found again without a query.
            var claim = entityManager.find(Claim.class, outcome.getKey());
            var result = outcome.getValue();
            var old = claim.anchor();
            var state = switch (result.outcome()) {
                case NEEDS_REVIEW -> AnchorState.NEEDS_REVIEW;
                default -> switch (result.flag()) {
                    case INEXACT -> AnchorState.INEXACT;
                    case AMBIGUOUS -> AnchorState.AMBIGUOUS;
                    case NONE -> claim.getAnchorState() == AnchorState.NEEDS_REVIEW ? AnchorState.ANCHORED
                            : claim.getAnchorState() == AnchorState.INEXACT ? AnchorState.INEXACT : AnchorState.ANCHORED;
                };
            };
            var placed = result.anchor();
            String originalExact = state == AnchorState.INEXACT
                    ? Objects.requireNonNullElse(claim.getOriginalExact(), old.exact()) : null;
            // Offsets that only shift with the text change the document, not the claim: its version stays.
            // A claim whose words or placement changed records it (published ones too: the text is the
            // document's, and their flag asks a person to look).
            if (result.outcome() != Reanchoring.Outcome.ANCHORED || state != AnchorState.ANCHORED) {
                var claimChange = ClaimService.openChanges().computeIfAbsent(claim.id(),
                        id -> new ClaimChange(claim, revised.actor(), events::publishEvent, false));
                claimChange.record(new ClaimEvent.Reanchored(claimChange.header(),
                        ClaimService.span(old.start(), old.end(), old.exact()), placed == null ? null
                                : ClaimService.span(placed.start(), placed.end(), placed.exact()), state.name(), revision));
            }
            claim.reanchored(revision, placed, state, originalExact);
            var now = claim.anchor();
            entries.add(new ReanchorReport.Entry(claim.id(), result.outcome(), state, now.start(), now.end(),
                    placed == null ? null : placed.exact(), result.similarity()));
        }
        claims.flush();
        return new ReanchorReport(revised.documentId(), revision, entries);
    }
}
