package org.factdesk.match.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.claim.ui.ClaimListBadge;
import org.factdesk.match.MatchService;

/** "Already checked" on the claims of the reader's list that a fact-check or a published claim answers. */
@SpringComponent
class AlreadyCheckedListBadge implements ClaimListBadge {

    private final MatchService matches;

    AlreadyCheckedListBadge(MatchService matches) {
        this.matches = matches;
    }

    @Override
    public Map<Long, String> badges(List<Long> claimIds) {
        var badges = new HashMap<Long, String>();
        matches.alreadyChecked(claimIds).keySet().forEach(id -> badges.put(id, "already checked"));
        return badges;
    }
}
