package org.factdesk.claim;

import java.util.List;
import org.factdesk.base.Patch;
import org.jspecify.annotations.Nullable;

/**
 * A change to a claim's own fields. Emptying the claim text puts back the words the claim sits on;
 * emptying the tags removes them all.
 */
public record ClaimEdit(Patch<String> claimText, Patch<List<String>> tags) {

    /** Both fields set, as the claim panel saves them. */
    public static ClaimEdit of(String claimText, List<String> tags) {
        return new ClaimEdit(Patch.of(claimText), Patch.of(tags));
    }

    /** The claim text alone (null puts back the words the claim sits on). */
    public static ClaimEdit text(@Nullable String claimText) {
        return new ClaimEdit(Patch.of(claimText), Patch.absent());
    }

    /** The tags alone (null removes them all). */
    public static ClaimEdit tags(@Nullable List<String> tags) {
        return new ClaimEdit(Patch.absent(), Patch.of(tags));
    }

    public boolean isEmpty() {
        return !claimText.present() && !tags.present();
    }
}
