package org.factdesk.claim;

import org.jspecify.annotations.Nullable;

/**
 * The one door through which a claim's status moves. Its methods are protected, so only a subclass
 * can take a step; the verification workflow's ReviewService is the only subclass (the architecture
 * test keeps it so), and it checks the workflow's rules (verdict, evidence, two people) first.
 */
public abstract class ClaimWorkflow {

    private final ClaimService claims;

    protected ClaimWorkflow(ClaimService claims) {
        this.claims = claims;
    }

    /**
     * Opens a claim for a workflow step, like {@link ClaimService#change} but also for a published
     * claim (reopening it is a step).
     */
    protected final ClaimChange openForStep(long claimId, @Nullable Long expectedVersion) {
        return claims.open(claimId, expectedVersion, true);
    }

    /** Moves the status one allowed step; an illegal step names the allowed ones. */
    protected final void moveStatus(ClaimChange change, ClaimStatus to, @Nullable String note) {
        claims.moveStatus(change, to, note);
    }
}
