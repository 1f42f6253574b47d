package org.factdesk.claim;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * One request's change to one claim record, opened by {@link ClaimService#change}: the claim's row
 * is locked and its version checked against what the client edited. Every feature that changes a
 * part of the claim (attribution, evidence, verdict, assignee, status) records each changed field
 * here; the first recorded field moves the claim's version, later ones in the same transaction do
 * not, and a request that records nothing moves nothing.
 */
public final class ClaimChange {

    private final Claim claim;
    private final String actor;
    private final long versionBefore;
    private final Consumer<ClaimEvent> publisher;
    private final boolean created;
    private int recorded;

    ClaimChange(Claim claim, String actor, Consumer<ClaimEvent> publisher, boolean created) {
        this.claim = claim;
        this.created = created;
        this.actor = actor;
        this.versionBefore = claim.getVersion();
        this.publisher = publisher;
    }

    public long claimId() {
        return claim.id();
    }

    public long documentId() {
        return claim.getDocumentId();
    }

    public ClaimStatus status() {
        return claim.getStatus();
    }

    /** Who makes this change. */
    public String actor() {
        return actor;
    }

    /** The claim as it is now, inside this change. */
    public ClaimView view() {
        return ClaimView.of(claim);
    }

    /** Whether anything was recorded (so the version moved), or the claim was created by this request. */
    public boolean applied() {
        return created || claim.getVersion() != versionBefore;
    }

    /** The version the claim had when this request opened it. */
    long versionBefore() {
        return versionBefore;
    }

    /** How many changes were recorded so far (one audit entry each). */
    public int recorded() {
        return recorded;
    }

    /** Which claim, in which document, who and now: the header of an event about to be recorded. */
    public ClaimEvent.Header header() {
        return new ClaimEvent.Header(claim.id(), claim.getDocumentId(), actor, Instant.now());
    }

    /**
     * Records what changed: one audit entry, and the claim's version moves if this is the first
     * change of the request. Callers record only values that really differ.
     */
    public void record(ClaimEvent event) {
        if (event.claimId() != claim.id()) {
            throw new IllegalArgumentException("An event of claim " + event.claimId() + " in the change of " + claim.id());
        }
        if (!applied()) {
            claim.bump(actor);
        }
        recorded++;
        publisher.accept(event);
    }

    Claim claim() {
        return claim;
    }
}
