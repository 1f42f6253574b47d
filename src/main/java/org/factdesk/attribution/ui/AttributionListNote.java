package org.factdesk.attribution.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionService;
import org.factdesk.claim.ClaimView;
import org.factdesk.claim.ui.ClaimListNote;

/** In the reader's list: who each claim is attributed to, and the attribution check when it is done. */
@SpringComponent
class AttributionListNote implements ClaimListNote {

    private final AttributionService attributions;

    AttributionListNote(AttributionService attributions) {
        this.attributions = attributions;
    }

    @Override
    public Notes notes(Collection<ClaimView> claims) {
        var notes = new HashMap<Long, String>();
        var checks = new HashSet<Long>();
        attributions.forClaims(claims.stream().map(ClaimView::id).toList()).forEach((id, a) -> {
            var who = a.claimant() == null ? "unattributed" : a.claimant().name();
            var note = a.check() == AttributionCheck.UNVERIFIED ? who
                    : who + " \u00B7 attribution " + a.check().label().toLowerCase(java.util.Locale.ROOT)
                            + (a.check().isProblem() ? " \u26A0" : "");
            notes.put(id, note + (a.sourceNotice() != null ? " \u00B7 source words to check" : "")
                    + (a.cueNotice() != null ? " \u00B7 cue words to check" : ""));
            if (a.spansNeedCheck()) {
                checks.add(id);
            }
        });
        return new Notes(notes, checks);
    }
}
