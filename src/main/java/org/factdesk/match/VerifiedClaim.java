package org.factdesk.match;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the library of verified claims: a claim of this workspace (with its status and
 * verdict) or a fact-check imported from another organisation (with its rating, publisher, date and
 * link). The two are never mixed up: {@link #origin} says which.
 *
 * @param key unique in the library: "claim:ID" for the workspace's claims, "factcheck:ID" for imported ones
 * @param verdict the workspace's verdict of its claim, or the rating an imported fact-check gave
 * @param status the workflow status of a workspace claim (null for imported fact-checks)
 */
public record VerifiedClaim(String key, Origin origin, String claim, @Nullable String title, @Nullable String verdict,
        @Nullable String status, @Nullable String publisher, @Nullable LocalDate date, @Nullable String url, @Nullable Long claimId,
        @Nullable Long documentId, @Nullable Long collectionId) {

    public enum Origin { WORKSPACE, IMPORTED }

    /**
     * The text whose sentence vector stands for the entry: an imported fact-check's title (the
     * headline under which it was published) when it has one, else the claim. Chosen on the training
     * split of the CLEF 2020 data only (MAP@5 there with 0.3 of BM25 and 100 candidates): the title's
     * vector 0.847, the claim's 0.823, the better of the two cosines 0.835, title and claim encoded as
     * one text 0.827, 0.75 × title + 0.25 × claim 0.820. Workspace claims have no title.
     */
    public String meaningText() {
        return title != null && !title.isBlank() ? title : claim;
    }

    /** An entry read from a file, for measuring (the CLI) or before it is stored. */
    public static VerifiedClaim imported(String id, String claim, @Nullable String title) {
        return new VerifiedClaim(id, Origin.IMPORTED, claim, title, null, null, null, null, null, null, null, null);
    }
}
