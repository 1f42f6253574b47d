package org.factdesk.verification.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimQueries;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.factdesk.verification.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** What is assigned to me, and (for editors) what awaits my approval. */
@Route("my-work")
@PageTitle("My work")
@Menu(order = 5, icon = "vaadin:tasks", title = "My work")
@PermitAll
class MyWorkView extends VerticalLayout {

    final ClaimList assigned = new ClaimList("Nothing is assigned to you");
    final ClaimList awaiting = new ClaimList("Nothing awaits your approval");

    MyWorkView(ClaimQueries claims, ReviewService reviews, CurrentUser currentUser) {
        addClassName("fd-page");
        var me = currentUser.require();
        var page = PageRequest.of(0, 200, Sort.by(Sort.Direction.ASC, "updatedAt"));
        assigned.show(claims.search(new ClaimFilter(null, Set.of(ClaimStatus.UNCHECKED, ClaimStatus.IN_RESEARCH,
                ClaimStatus.IN_REVIEW), null, Set.of(), null, reviews.assignedTo(me.getUsername())), page).getContent());
        add(new H3("Assigned to me"), assigned);
        if (me.role().includes(Role.EDITOR)) {
            var inReview = claims.search(new ClaimFilter(null, Set.of(ClaimStatus.IN_REVIEW), null, Set.of(), null, null),
                    page).getContent();
            var verdictBy = reviews.forClaims(inReview.stream().map(c -> c.id()).toList());
            // The two-person rule: my own verdicts wait for someone else.
            awaiting.show(inReview.stream()
                    .filter(c -> verdictBy.get(c.id()) == null || verdictBy.get(c.id()).mayBeApprovedBy(me.getUsername()))
                    .toList());
            add(new H3("Awaiting my approval"), awaiting);
        }
    }
}
