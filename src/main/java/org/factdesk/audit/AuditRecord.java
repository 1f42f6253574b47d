package org.factdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import java.util.Map;

/**
 * One entry of a claim's history: who changed what, when; the event's type and its parts
 * ({@code details}); the same change in words ({@code what}, {@code change}) as the claim panel
 * says it; and the trail's text columns (action, field, old and new value) as they were written.
 */
public record AuditRecord(long id, long claimId, @Nullable Long documentId, Instant at, String actor, String action,
        @Nullable String field, @Nullable String oldValue, @Nullable String newValue, String type,
        @Nullable Map<String, Object> details, String what, @Nullable String change) {
}
