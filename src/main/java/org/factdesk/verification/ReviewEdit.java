package org.factdesk.verification;

import org.factdesk.base.Patch;
import org.jspecify.annotations.Nullable;

/** The review fields one request changes: each is set, emptied, or left as it is. */
public record ReviewEdit(Patch<String> verdict, Patch<String> rationale, Patch<String> noEvidenceNote,
        Patch<String> assignee) {

    /** The verdict with its rationale and note, all three given (null empties one). */
    public static ReviewEdit verdict(@Nullable String verdict, @Nullable String rationale,
            @Nullable String noEvidenceNote) {
        return new ReviewEdit(Patch.of(verdict), Patch.of(rationale), Patch.of(noEvidenceNote), Patch.absent());
    }

    /** The person the claim is assigned to (null: nobody). */
    public static ReviewEdit assignee(@Nullable String assignee) {
        return new ReviewEdit(Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(assignee));
    }

    public static ReviewEdit none() {
        return new ReviewEdit(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent());
    }

    public boolean isEmpty() {
        return !verdict.present() && !rationale.present() && !noEvidenceNote.present() && !assignee.present();
    }
}
