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

/**
 * The Claims view as the desk's work queue (columns, sorting, a count, the search in the address,
 * saved filters), and grouping the claims of different documents that say the same.
 */
@IntegrationTest
class ClaimsViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    MatchService matching;
    @Autowired
    org.factdesk.verification.ReviewService reviews;
    @Autowired
    org.factdesk.search.SavedFilterService savedFilters;

    @Test
    @WithUserDetails("editor")
    void the_address_sets_the_search_and_the_order_and_every_change_is_written_back() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        long mixed = claimIn("Queue A " + run, "Queue claim " + run + " about ferries.");
        long falseOne = claimIn("Queue B " + run, "Queue claim " + run + " about bridges.");
        long open = claimIn("Queue C " + run, "Queue claim " + run + " about roads.");
        reviews.setVerdict(mixed, null, "MIXED", "Partly.", null);
        reviews.setVerdict(falseOne, null, "FALSE", "No.", null);
        reviews.assign(falseOne, null, "reviewer");

        var view = navigateTo("q=" + run + "&sort=verdict,desc");
        assertThat(view.filters.text.getValue()).isEqualTo(run);
        assertThat(view.count.getText()).isEqualTo("3 claims");
        assertThat(rows(view)).as("False is further down the scale than Mixed; no verdict last")
                .containsExactly(falseOne, mixed, open);
        assertThat(test(view.grid).getSortDirection("verdict")).isEqualTo(
                com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        int verdict = test(view.grid).getColumnPosition("verdict");
        int assignee = test(view.grid).getColumnPosition("assignee");
        assertThat(test(view.grid).getCellText(0, verdict)).isEqualTo("False");
        assertThat(test(view.grid).getCellText(0, assignee)).isEqualTo("reviewer");
        assertThat(view.address()).isEqualTo("q=" + run + "&sort=verdict%2Cdesc");

        view.filters.assignee.setValue("reviewer");
        assertThat(view.count.getText()).isEqualTo("1 claim");
        assertThat(view.address()).isEqualTo("q=" + run + "&assignee=reviewer&sort=verdict%2Cdesc");
        test(view.grid).sortByColumn("document", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(view.address()).isEqualTo("q=" + run + "&assignee=reviewer&sort=document%2Casc");
        view.filters.assignee.clear();
        assertThat(rows(view)).containsExactly(mixed, falseOne, open);
    }

    @Test
    @WithUserDetails("editor")
    void an_address_that_cannot_be_read_says_so_and_shows_every_claim() {
        var view = navigateTo("status=CHECKED");
        assertThat(view.addressNote.isVisible()).isTrue();
        assertThat(view.addressNote.getText()).contains("'CHECKED' is not a status").contains("every claim is shown");
        assertThat(view.filters.status.getValue()).isEmpty();
        assertThat(view.address()).isEmpty();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_search_saved_under_a_name_opens_again_from_the_menu() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var view = navigateTo("q=" + run + "&status=IN_REVIEW");
        new com.vaadin.flow.component.menubar.MenuBarTester<>(view.saved).clickItem("Saved filters",
                "Save this filter\u2026");
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).single();
        var name = $(com.vaadin.flow.component.textfield.TextField.class, dialog).single();
        var save = $(Button.class, dialog).withText("Save").single();
        test(save).click();
        assertThat(name.isInvalid()).as("a filter needs a name").isTrue();
        name.setValue("My queue " + run);
        test(save).click();
        assertThat(savedFilters.mine()).extracting(f -> f.name() + " → " + f.search())
                .contains("My queue " + run + " → q=" + run + "&status=IN_REVIEW");

        var other = navigate(ClaimsView.class);
        assertThat(other.filters.text.getValue()).isEmpty();
        new com.vaadin.flow.component.menubar.MenuBarTester<>(other.saved).clickItem("Saved filters", "My queue " + run);
        assertThat(other.filters.text.getValue()).isEqualTo(run);
        assertThat(other.filters.status.getValue()).containsExactly(org.factdesk.claim.ClaimStatus.IN_REVIEW);
        new com.vaadin.flow.component.menubar.MenuBarTester<>(other.saved).clickItem("Saved filters", "Remove", "My queue " + run);
        assertThat(savedFilters.mine()).extracting(f -> f.name()).doesNotContain("My queue " + run);
    }

    @Autowired
    org.factdesk.match.FactCheckLibraryService library;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Issue 36, item 4: a claim a fact-check answers gets its badge on the Claims screen, pushed when it is known. */
    @Test
    @WithUserDetails("editor")
    void a_claim_a_fact_check_answers_shows_the_already_checked_badge() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var text = "The night ferry to Ostrand " + run + " was cancelled for the whole of 2019.";
        var imported = library.importFile("queue-" + run + ".tsv", ("id\tclaim\ttitle\turl\trating\tpublisher\n1\t"
                + text + "\t" + text + "\thttps://checks.example/queue-" + run + "\tFalse\tIsland Desk\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var key = "factcheck:" + jdbc.sql("select id from fact_check where collection_id = ?")
                .param(imported.collection().id()).query(Long.class).single();
        long deadline = System.currentTimeMillis() + 60_000;
        while (jdbc.sql("select count(*) from match_vector where entry_key = ?").param(key).query(Long.class).single() == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        claimIn("Ferry " + run, text);
        claimIn("Lighthouse " + run, "The lighthouse of Ostrand " + run + " is painted red every spring.");

        var view = navigateTo("q=" + run + "&sort=document");
        int column = test(view.grid).getColumnPosition("checked");
        deadline = System.currentTimeMillis() + 60_000;
        while (test(view.grid).getCellComponent(0, column).getElement().getText().isEmpty()
                && System.currentTimeMillis() < deadline) {
            com.vaadin.flow.server.VaadinService.getCurrent()
                    .runPendingAccessTasks(com.vaadin.flow.server.VaadinSession.getCurrent());
            Thread.sleep(50);
        }
        var badge = test(view.grid).getCellComponent(0, column);
        assertThat(badge.getElement().getText()).isEqualTo("Already checked");
        assertThat(badge.getElement().getAttribute("title")).startsWith("Island Desk rated it False (match ");
        assertThat(test(view.grid).getCellComponent(1, column).getElement().getText()).as("nobody checked it").isEmpty();
    }

    /** Opens the Claims screen at an address with a query string, as a bookmark or a shared link does. */
    private ClaimsView navigateTo(String queryString) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        ui.navigate(ClaimsView.class, com.vaadin.flow.router.QueryParameters.fromString(queryString));
        return (ClaimsView) ui.getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private java.util.List<Long> rows(ClaimsView view) {
        var result = new java.util.ArrayList<Long>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            result.add(test(view.grid).getRow(i).id());
        }
        return result;
    }


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
        view.filters.text.setValue(run);
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
