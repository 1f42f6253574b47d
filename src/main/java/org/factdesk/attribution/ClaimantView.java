package org.factdesk.attribution;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A claimant as views and the API see it. */
public record ClaimantView(long id, String name, ClaimantKind kind, List<String> aliases, List<ClaimantRole> roles,
        @Nullable String wikidataId, @Nullable String notes, @Nullable Long mergedInto, Instant createdAt,
        String createdBy, Instant updatedAt, long version) {

    static ClaimantView of(Claimant c) {
        return new ClaimantView(c.id(), c.getName(), c.getKind(), c.getAliases(), c.getRoles(), c.getWikidataId(),
                c.getNotes(), c.getMergedInto(), c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getVersion());
    }

    /** The name with aliases, for pickers: "Kyiv (Kiev, the Ukrainian government)". */
    public String label() {
        return aliases.isEmpty() ? name : name + " (" + String.join(", ", aliases) + ")";
    }
}
