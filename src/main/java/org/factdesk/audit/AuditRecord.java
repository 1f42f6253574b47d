package org.factdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a claim's history: who changed what, when, from which value to which. */
public record AuditRecord(long id, long claimId, @Nullable Long documentId, Instant at, String actor, String action,
        @Nullable String field, @Nullable String oldValue, @Nullable String newValue) {
}
