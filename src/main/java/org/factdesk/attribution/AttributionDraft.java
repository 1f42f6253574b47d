package org.factdesk.attribution;

import org.factdesk.base.Patch;
import org.jspecify.annotations.Nullable;

/**
 * A change to a claim's attribution: each field is set, emptied or left as it is. The form and the
 * check have no empty value (every attribution has one): emptying them leaves them as they are.
 */
public record AttributionDraft(Patch<Long> claimantId, Patch<String> statedRole, Patch<String> cue,
        Patch<AttributionForm> form, Patch<AttributionCheck> check, Patch<String> checkNote,
        Patch<TextSpan> sourceSpan, Patch<TextSpan> cueSpan) {

    /** Who said it, in what role, with which cue and in what form (null empties a field, or keeps the form). */
    public static AttributionDraft of(@Nullable Long claimantId, @Nullable String statedRole, @Nullable String cue,
            @Nullable AttributionForm form) {
        return none().with(Patch.of(claimantId), Patch.of(statedRole), Patch.of(cue), Patch.of(form));
    }

    /** The result of checking the attribution, with the note that says what was found. */
    public static AttributionDraft checked(@Nullable AttributionCheck check, @Nullable String note) {
        return new AttributionDraft(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(check),
                Patch.of(note), Patch.absent(), Patch.absent());
    }

    public static AttributionDraft none() {
        return new AttributionDraft(Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent());
    }

    /** This draft with who, role, cue and form replaced. */
    public AttributionDraft with(Patch<Long> claimantId, Patch<String> statedRole, Patch<String> cue,
            Patch<AttributionForm> form) {
        return new AttributionDraft(claimantId, statedRole, cue, form, check, checkNote, sourceSpan, cueSpan);
    }

    /** This draft with the source's and the cue's words replaced. */
    public AttributionDraft withSpans(Patch<TextSpan> sourceSpan, Patch<TextSpan> cueSpan) {
        return new AttributionDraft(claimantId, statedRole, cue, form, check, checkNote, sourceSpan, cueSpan);
    }

    /** This draft with the check and its note replaced. */
    public AttributionDraft withCheck(Patch<AttributionCheck> check, Patch<String> checkNote) {
        return new AttributionDraft(claimantId, statedRole, cue, form, check, checkNote, sourceSpan, cueSpan);
    }

    public boolean isEmpty() {
        return !claimantId.present() && !statedRole.present() && !cue.present() && !form.present()
                && !check.present() && !checkNote.present() && !sourceSpan.present() && !cueSpan.present();
    }
}
