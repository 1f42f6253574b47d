package org.factdesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.match.MatchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Claims view groups the claims of different documents that say the same. */
@IntegrationTest
class ClaimsViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    MatchService matching;


    private long claimIn(String title, String text) {
        var doc = documents.create(DocumentMetadata.titled(title), text).id();
        return claims.create(doc, NewClaim.at(0, text.length())).id();
    }

    @Test
    @WithUserDetails("editor")
    void near_duplicates_in_other_documents_are_shown_beside_a_claim_and_sit_together() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        long first = claimIn("Morning paper " + run,
                "The harbour town of Velmora " + run + " will close its ferry service for the whole winter.");
        long other = claimIn("Unrelated " + run, "Lighthouse keepers in Ostrand " + run + " earn twice the national wage.");
        long second = claimIn("Evening paper " + run,
                "The ferry service of the harbour town Velmora " + run + " closes for the whole winter.");

        var view = navigate(ClaimsView.class);
        view.text.setValue(run);
        assertThat(view.grid.getColumns().getLast().isVisible()).as("off until asked for").isFalse();

        view.group.setValue(true);
        assertThat(view.grid.getColumns().getLast().isVisible()).isTrue();
        // The claims show at once; the groups arrive from a background thread, through the UI's access queue.
        assertThat(view.groupNote.getText()).startsWith("Looking for claims that say the same");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!view.groupNote.getText().isEmpty() && System.currentTimeMillis() < deadline) {
            com.vaadin.flow.server.VaadinService.getCurrent()
                    .runPendingAccessTasks(com.vaadin.flow.server.VaadinSession.getCurrent());
            Thread.sleep(50);
        }
        assertThat(view.groupNote.getText()).as("the groups arrived").isEmpty();
        var rows = test(view.grid).size();
        assertThat(rows).isEqualTo(3);
        var order = new java.util.ArrayList<Long>();
        for (int i = 0; i < rows; i++) {
            order.add(test(view.grid).getRow(i).id());
        }
        // Newest first, but the first claim joins the second, which says the same.
        assertThat(order).containsExactly(second, first, other);
        int column = test(view.grid).getColumnPosition("same");
        var same = new java.util.ArrayList<java.util.List<Long>>();
        for (int i = 0; i < rows; i++) {
            same.add(test(view.grid).getCellComponent(i, column).getChildren()
                    .map(b -> Long.parseLong(b.getElement().getAttribute("data-same-claim"))).toList());
        }
        assertThat(same).as("each of the two points at the other; the unrelated claim at none")
                .containsExactly(java.util.List.of(first), java.util.List.of(second), java.util.List.of());
        var link = (Button) test(view.grid).getCellComponent(0, column).getChildren().findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("#" + first + " · Unchecked");
    }

    @Test
    @WithUserDetails("editor")
    void claims_that_state_different_numbers_are_not_near_duplicates() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        long hundred = claimIn("Paper A " + run, "Russia " + run + " has deployed more than 100,000 troops near the border.");
        long ten = claimIn("Paper B " + run, "Russia " + run + " has deployed more than 10,000 troops near the border.");
        long same = claimIn("Paper C " + run, "More than 100000 Russian troops " + run + " are deployed near the border.");
        var found = matching.nearDuplicates(java.util.List.of(hundred, ten));
        assertThat(found.get(hundred)).extracting(MatchService.NearDuplicate::claimId).containsExactly(same);
        assertThat(found.get(ten)).isEmpty();
    }
}
