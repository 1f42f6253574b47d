package org.factdesk.attribution;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fields of a claimant to create or change; null fields are left as they are on a change. */
public record ClaimantDraft(@Nullable String name, @Nullable ClaimantKind kind, @Nullable List<String> aliases,
        @Nullable List<ClaimantRole> roles, @Nullable String wikidataId, @Nullable String notes) {

    public static ClaimantDraft named(String name, ClaimantKind kind) {
        return new ClaimantDraft(name, kind, null, null, null, null);
    }
}
