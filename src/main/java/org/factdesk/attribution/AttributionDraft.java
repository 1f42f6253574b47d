package org.factdesk.attribution;

import org.jspecify.annotations.Nullable;

/**
 * A change to a claim's attribution. Each field is applied only when {@code set} names it, so a
 * client can clear a field (set it to null) or leave it alone.
 */
public record AttributionDraft(@Nullable Long claimantId, @Nullable String statedRole, @Nullable String cue,
        @Nullable AttributionForm form, @Nullable AttributionCheck check, @Nullable String checkNote,
        @Nullable TextSpan sourceSpan, @Nullable TextSpan cueSpan, java.util.Set<String> set) {

    public static AttributionDraft of(@Nullable Long claimantId, @Nullable String statedRole, @Nullable String cue,
            @Nullable AttributionForm form) {
        return new AttributionDraft(claimantId, statedRole, cue, form, null, null, null, null,
                java.util.Set.of("claimantId", "statedRole", "cue", "form"));
    }

    public boolean has(String field) {
        return set.contains(field);
    }
}
