package org.factdesk.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The committed changes to claims as every process sharing the database sees them, in order: for
 * copies of claim data kept in memory (the search index, the library of verified claims, the live
 * view of other processes' changes). The audit trail, which every {@link ClaimEvent} is written to in
 * its own transaction, provides it; claim code reads it only through this.
 */
public interface ClaimChangeLog {

    /** A new cursor, not started. */
    Cursor cursor();

    /** One change as the log has it; {@code node} is the process that made it. */
    record Entry(long claimId, @Nullable Long documentId, String actor, String action, @Nullable String node) {
    }

    interface Cursor {

        boolean started();

        /**
         * Starts (again) at the log's current end. Call it before reading the state a copy starts
         * from: a change committed in between is then reported by the next {@link #changes}.
         */
        void startAtEnd();

        /** The changes committed since the last call (or the start), each once; empty when none. */
        List<Entry> changes();

        /** The claims with changes committed since the last call. */
        default Set<Long> changedClaims() {
            var ids = new LinkedHashSet<Long>();
            changes().forEach(e -> ids.add(e.claimId()));
            return ids;
        }
    }
}
