package org.factdesk.attribution;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A claim's attribution as views, the API and exports see it. */
public record AttributionView(long claimId, @Nullable ClaimantView claimant, @Nullable String statedRole,
        @Nullable String cue, AttributionForm form, AttributionCheck check, @Nullable String checkNote,
        @Nullable String checkedBy, @Nullable Instant checkedAt, @Nullable TextSpan sourceSpan,
        @Nullable TextSpan cueSpan, @Nullable SpanNotice sourceNotice, @Nullable SpanNotice cueNotice,
        Instant updatedAt, String updatedBy, long version) {

    /** Whether the source or cue words need a person's look since the text was replaced. */
    public boolean spansNeedCheck() {
        return sourceNotice != null || cueNotice != null;
    }

    /** Whether two attributions say the same (claimant, stated role, cue, form, check, spans), whoever saved them. */
    public static boolean sameContent(@Nullable AttributionView x, @Nullable AttributionView y) {
        if (x == null || y == null) {
            return x == y;
        }
        return Objects.equals(x.claimant() == null ? null : x.claimant().id(), y.claimant() == null ? null : y.claimant().id())
                && Objects.equals(x.statedRole(), y.statedRole()) && Objects.equals(x.cue(), y.cue()) && x.form() == y.form()
                && x.check() == y.check() && Objects.equals(x.checkNote(), y.checkNote())
                && Objects.equals(x.sourceSpan(), y.sourceSpan()) && Objects.equals(x.cueSpan(), y.cueSpan());
    }
}
