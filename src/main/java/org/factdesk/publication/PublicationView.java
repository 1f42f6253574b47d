package org.factdesk.publication;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A publication as the pages, the API and the exports read it: the frozen record, its hash and the
 * hash before it in the desk's chain, and, once a later version corrects it, which one and when.
 */
public record PublicationView(long id, String sha256, @Nullable String previousSha256, PublishedCheck check,
        @Nullable CorrectedBy correctedBy) {

    /** The version that corrects this one: its publication id, version, time and note. */
    public record CorrectedBy(long publicationId, int version, Instant at, String note) {
    }

    public long claimId() {
        return check.claimId();
    }

    public int version() {
        return check.version();
    }

    public Instant publishedAt() {
        return check.publishedAt();
    }

    /** Whether this is the newest version of its fact check. */
    public boolean current() {
        return correctedBy == null;
    }
}
