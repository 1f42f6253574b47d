package org.factdesk.verification;

import org.jspecify.annotations.Nullable;

/**
 * The review fields one request changes: each named field is set to its value (null clears it),
 * fields not named stay as they are.
 */
public record ReviewEdit(boolean setsVerdict, @Nullable String verdict, boolean setsRationale,
        @Nullable String rationale, boolean setsNoEvidenceNote, @Nullable String noEvidenceNote,
        boolean setsAssignee, @Nullable String assignee) {

    /** The verdict with its rationale and note, all three named. */
    public static ReviewEdit verdict(@Nullable String verdict, @Nullable String rationale,
            @Nullable String noEvidenceNote) {
        return new ReviewEdit(true, verdict, true, rationale, true, noEvidenceNote, false, null);
    }

    public static ReviewEdit assignee(@Nullable String assignee) {
        return new ReviewEdit(false, null, false, null, false, null, true, assignee);
    }

    public boolean isEmpty() {
        return !setsVerdict && !setsRationale && !setsNoEvidenceNote && !setsAssignee;
    }
}
