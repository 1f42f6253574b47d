package org.factdesk.claim;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something about a claim changed: published by every feature that changes claims, recorded by
 * the audit trail, and shown live to others who have the document open.
 *
 * @param action what happened, such as "created", "updated", "reanchored", "status", "deleted"
 * @param field the field that changed, where one did
 */
public record ClaimChanged(long claimId, long documentId, String action, @Nullable String field,
        @Nullable String oldValue, @Nullable String newValue, String actor, Instant at) {
}
