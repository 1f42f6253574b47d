package org.factdesk.verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A claim's review as views, the API and reports see it. {@code verdictBy} is who last changed the
 * verdict or rationale; {@code verdictAuthors} everyone who ever did (none of them may approve it);
 * {@code importedFrom} where an imported verdict came from, as provenance; {@code corrections} the
 * times a published claim was reopened, oldest first.
 */
public record ReviewView(long claimId, @Nullable VerdictView verdict, @Nullable String rationale,
        @Nullable String noEvidenceNote, @Nullable String verdictBy, @Nullable Instant verdictAt,
        @Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String assignee, long version,
        Set<String> verdictAuthors, @Nullable String importedFrom, List<CorrectionView> corrections) {

    public static ReviewView empty(long claimId) {
        return new ReviewView(claimId, null, null, null, null, null, null, null, null, 0, Set.of(), null, List.of());
    }

    /** Whether this person may approve the verdict: they never changed its value or rationale. */
    public boolean mayBeApprovedBy(String username) {
        return !verdictAuthors.contains(username);
    }
}
