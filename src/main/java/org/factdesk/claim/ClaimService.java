package org.factdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factdesk.anchoring.AnchorException;
import org.factdesk.anchoring.Anchors;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.Patch;
import org.factdesk.base.StaleVersionException;
import org.factdesk.document.DocumentService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Creating, editing, finding and re-anchoring claims. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ClaimService {

    private final ClaimRepository claims;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    ClaimService(ClaimRepository claims, DocumentService documents, CurrentUser currentUser,
            ApplicationEventPublisher events, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.claims = claims;
        this.documents = documents;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Creates a claim on a span of the document's current text. Offsets count code points; if the
     * caller says which words it expects there, they must be exactly those words.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView create(long documentId, NewClaim request) {
        var text = documents.lockCurrentText(documentId);
        var anchor = anchor(() -> Anchors.at(text.text(), request.start(), request.end(), request.exact()));
        var claimText = request.claimText() == null || request.claimText().isBlank()
                ? anchor.exact() : validClaimText(request.claimText());
        var who = currentUser.usernameOrSystem();
        var claim = claims.saveAndFlush(new Claim(documentId, text.revision(), anchor, claimText,
                validTags(request.tags()), who));
        events.publishEvent(new ClaimEvent.Created(header(claim), describe(claim)));
        // Attribution, evidence or a review given with the new claim belong to its first version.
        openChanges().put(claim.id(), new ClaimChange(claim, who, events::publishEvent, true));
        return ClaimView.of(claim);
    }

    @Transactional(readOnly = true)
    public ClaimView get(long id) {
        return ClaimView.of(find(id));
    }

    /** The claims of a document in reading order. */
    @Transactional(readOnly = true)
    public List<ClaimView> forDocument(long documentId) {
        return claims.findByDocumentIdOrderByStartAscEndAscIdAsc(documentId).stream().map(ClaimView::of).toList();
    }

    /**
     * Opens this request's change of a claim: locks the claim's row until the transaction ends, checks
     * the version the client edited (412 when stale) and refuses a published claim (409: reopen it
     * first). Every write to anything that belongs to a claim starts here, in its feature's service;
     * calling it again in the same transaction answers the same change, so the version moves once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimChange change(long id, @Nullable Long expectedVersion) {
        return open(id, expectedVersion, false);
    }

    /**
     * Opens a change that follows something the claim refers to rather than its content (a claimant
     * merged into the same person's other entry): allowed on a published claim, still versioned and
     * audited.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimChange changeReference(long id) {
        return open(id, null, true);
    }

    ClaimChange open(long id, @Nullable Long expectedVersion, boolean workflowStep) {
        var open = openChanges();
        var change = open.get(id);
        if (change == null) {
            var claim = entityManager.find(Claim.class, id);
            if (claim == null) {
                throw new NotFoundException("Claim", id);
            }
            // Read it again under the row lock: whatever this transaction saw before may be stale.
            entityManager.refresh(claim, LockModeType.PESSIMISTIC_WRITE);
            checkVersion(claim, expectedVersion);
            change = new ClaimChange(claim, currentUser.usernameOrSystem(), events::publishEvent, false);
            open.put(id, change);
        } else if (expectedVersion != null && expectedVersion != change.versionBefore()) {
            throw new StaleVersionException("claim", id, expectedVersion, change.versionBefore(),
                    change.claim().getUpdatedBy(), change.claim().getUpdatedAt());
        }
        if (!workflowStep && change.status() == ClaimStatus.PUBLISHED) {
            throw new ConflictException("status", "Claim " + id + " is published: an editor reopens it first"
                    + " (with a correction note), then it can be changed and approved again");
        }
        return change;
    }

    /** The claim changes opened in the current transaction, by claim id. */
    @SuppressWarnings("unchecked")
    static Map<Long, ClaimChange> openChanges() {
        var open = (Map<Long, ClaimChange>) TransactionSynchronizationManager.getResource(OPEN_CHANGES);
        if (open == null) {
            var created = new HashMap<Long, ClaimChange>();
            TransactionSynchronizationManager.bindResource(OPEN_CHANGES, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(OPEN_CHANGES);
                }
            });
            return created;
        }
        return open;
    }

    /**
     * Changes the claim's own text and tags; both are checked before either is written. An emptied
     * text is the words the claim sits on again, as when the claim was made without one.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView update(long id, @Nullable Long expectedVersion, ClaimEdit edit) {
        var newText = edit.claimText().map(ClaimService::validClaimText);
        var tags = edit.tags().present() ? validTags(edit.tags().valueOrNull()) : null;
        var change = change(id, expectedVersion);
        var claim = change.claim();
        var text = newText instanceof Patch.Cleared<String> ? claim.anchor().exact() : newText.valueOrNull();
        if (text != null && !text.equals(claim.getClaimText())) {
            change.record(new ClaimEvent.Edited(change.header(), ClaimEvent.ClaimField.claimText, claim.getClaimText(), text));
            claim.setClaimText(text);
        }
        if (tags != null && !tags.equals(claim.getTags())) {
            change.record(new ClaimEvent.Edited(change.header(), ClaimEvent.ClaimField.tags, String.join(", ", sorted(claim.getTags())),
                    String.join(", ", sorted(tags))));
            claim.setTags(tags);
        }
        return ClaimView.of(claim);
    }

    /** Puts a claim on a newly selected span (a move, or a claim that re-anchoring could not place). */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView reselect(long id, @Nullable Long expectedVersion, int start, int end, @Nullable String exact) {
        var change = change(id, expectedVersion);
        var claim = change.claim();
        var text = documents.lockCurrentText(claim.getDocumentId());
        var anchor = anchor(() -> Anchors.at(text.text(), start, end, exact));
        var old = claim.anchor();
        if (old.equals(anchor) && claim.getAnchorState() == AnchorState.ANCHORED
                && claim.getAnchoredRevision() == text.revision()) {
            return ClaimView.of(claim);
        }
        change.record(new ClaimEvent.Reselected(change.header(), span(old.start(), old.end(), old.exact()),
                span(anchor.start(), anchor.end(), anchor.exact())));
        claim.reanchored(text.revision(), anchor, AnchorState.ANCHORED, null);
        return ClaimView.of(claim);
    }

    /** Confirms that a flagged claim sits on the right words. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView confirmAnchor(long id, @Nullable Long expectedVersion) {
        var change = change(id, expectedVersion);
        var claim = change.claim();
        if (claim.getAnchorState() == AnchorState.NEEDS_REVIEW) {
            throw new InvalidInputException("anchorState",
                    "This claim could not be placed in the new text: select its words again instead");
        }
        if (claim.getAnchorState() != AnchorState.ANCHORED) {
            change.record(new ClaimEvent.PlacementConfirmed(change.header(), claim.getAnchorState().name()));
            claim.reanchored(claim.getAnchoredRevision(), null, AnchorState.ANCHORED, null);
        }
        return ClaimView.of(claim);
    }

    /**
     * Marks a claim a duplicate of another claim of the workspace (the one whose check answers it),
     * or clears the mark with null. The other claim must exist and not be a duplicate itself, and no
     * claim may be marked a duplicate of this one while it becomes one: the marks never chain.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView markDuplicate(long id, @Nullable Long expectedVersion, @Nullable Long of) {
        if (of != null) {
            // Both claims' rows, in one order, before either is read: two marks at once (4 of 5 while 5
            // of 4, or 6 of 4 while 4 of 5) run one after the other, and the second sees the first's
            // mark, on one node or two; a claim deleted meanwhile is not there to be marked.
            claims.lockInOrder(java.util.List.of(id, of));
        }
        var change = change(id, expectedVersion);
        var claim = change.claim();
        if (of != null) {
            if (of == id) {
                throw new InvalidInputException("duplicateOf", "A claim cannot be a duplicate of itself");
            }
            var original = claims.findById(of).orElseThrow(() -> new InvalidInputException("duplicateOf",
                    "There is no claim " + of + " to be a duplicate of"));
            if (original.getDuplicateOf() != null) {
                throw new InvalidInputException("duplicateOf", "Claim " + of + " is itself marked a duplicate of claim "
                        + original.getDuplicateOf() + ": mark this one a duplicate of that claim");
            }
            var copies = claims.findIdsByDuplicateOf(id);
            if (!copies.isEmpty()) {
                throw new InvalidInputException("duplicateOf", "Claims " + copies + " are marked duplicates of this one:"
                        + " it stays the one they point to");
            }
        }
        var before = claim.getDuplicateOf();
        if (!java.util.Objects.equals(before, of)) {
            change.record(new ClaimEvent.Edited(change.header(), ClaimEvent.ClaimField.duplicateOf, before == null ? null : before.toString(),
                    of == null ? null : of.toString()));
            claim.setDuplicateOf(of);
        }
        return ClaimView.of(claim);
    }

    /**
     * A claim marked a duplicate of one that is deleted loses the mark, as a change of its own
     * (versioned, in its history), also when it is published: the mark follows what it points to.
     */
    private void clearDuplicateMark(long copy, long deleted) {
        var change = open(copy, null, true);
        change.record(new ClaimEvent.Edited(change.header(), ClaimEvent.ClaimField.duplicateOf, Long.toString(deleted), null));
        change.claim().setDuplicateOf(null);
    }

    /** Deletes a claim that is not published; its audit trail stays. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void delete(long id, @Nullable Long expectedVersion) {
        var change = change(id, expectedVersion);
        var claim = change.claim();
        events.publishEvent(new ClaimEvent.Deleted(change.header(), describe(claim), false));
        for (var copy : claims.findIdsByDuplicateOf(id)) {
            clearDuplicateMark(copy, id);
        }
        claims.delete(claim);
        claims.flush();
    }

    /**
     * A document's claims go with it: each gets its "deleted" entry in the audit trail, in the same
     * transaction, so the trail says what went and every node's search index (which follows the
     * trail) drops them, not only this node's.
     */
    @org.springframework.context.event.EventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void documentDeleted(org.factdesk.document.DocumentDeleted event) {
        var going = claims.findByDocumentIdOrderByStartAscEndAscIdAsc(event.documentId());
        var goingIds = going.stream().map(Claim::id).collect(java.util.stream.Collectors.toSet());
        for (var claim : going) {
            events.publishEvent(new ClaimEvent.Deleted(header(claim), describe(claim), true));
            for (var copy : claims.findIdsByDuplicateOf(claim.id())) {
                if (!goingIds.contains(copy)) {
                    clearDuplicateMark(copy, claim.id());
                }
            }
        }
    }

    /**
     * Moves a claim to another workflow status. Reachable only through {@link ClaimWorkflow}, which
     * the verification workflow alone extends, after checking its own rules (verdict, evidence,
     * approval); the step itself must be one the status allows.
     */
    void moveStatus(ClaimChange change, ClaimStatus to, @Nullable String note) {
        var claim = change.claim();
        var from = claim.getStatus();
        from.transition(to);
        change.record(new ClaimEvent.StatusMoved(change.header(), from.name(), to.name(),
                note == null || note.isBlank() ? null : note));
        claim.setStatus(to);
    }

    private Claim find(long id) {
        return claims.findById(id).orElseThrow(() -> new NotFoundException("Claim", id));
    }

    private static final Object OPEN_CHANGES = new Object();

    private static void checkVersion(Claim claim, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != claim.getVersion()) {
            throw new StaleVersionException("claim", claim.id(), expectedVersion, claim.getVersion(), claim.getUpdatedBy(),
                    claim.getUpdatedAt());
        }
    }

    private ClaimEvent.Header header(Claim claim) {
        return new ClaimEvent.Header(claim.id(), claim.getDocumentId(), currentUser.usernameOrSystem(), Instant.now());
    }

    private static ClaimEvent.Snapshot describe(Claim claim) {
        var a = claim.anchor();
        return new ClaimEvent.Snapshot(span(a.start(), a.end(), a.exact()), claim.getStatus().name());
    }

    static ClaimEvent.Span span(int start, int end, String exact) {
        return new ClaimEvent.Span(start, end, exact);
    }

    private static List<String> sorted(Set<String> tags) {
        return tags.stream().sorted().toList();
    }

    private static org.factdesk.anchoring.TextAnchor anchor(java.util.function.Supplier<org.factdesk.anchoring.TextAnchor> make) {
        try {
            return make.get();
        } catch (AnchorException e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    static String validClaimText(String text) {
        var t = text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("claimText", "The claim text is empty: say what is to be checked");
        }
        if (t.length() > Claim.CLAIM_TEXT_MAX_LENGTH) {
            throw new InvalidInputException("claimText",
                    "The claim text has at most " + Claim.CLAIM_TEXT_MAX_LENGTH + " characters");
        }
        return t;
    }

    static Set<String> validTags(@Nullable List<String> tags) {
        var result = new LinkedHashSet<String>();
        if (tags == null) {
            return result;
        }
        for (var tag : tags) {
            if (tag == null) {
                continue;
            }
            var t = tag.replaceAll("[\\p{Cntrl}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > Claim.TAG_MAX_LENGTH) {
                throw new InvalidInputException("tags", "A tag has at most " + Claim.TAG_MAX_LENGTH + " characters");
            }
            result.add(t);
        }
        if (result.size() > Claim.MAX_TAGS) {
            throw new InvalidInputException("tags", "A claim has at most " + Claim.MAX_TAGS + " tags");
        }
        return result;
    }
}
