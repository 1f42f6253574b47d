package org.factdesk.suggest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.suggest.SuggestionView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The reader's Suggest tool, as the reader hosts it. */
@IntegrationTest
class SuggestToolTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    org.factdesk.attribution.AttributionService attributions;
    @Autowired
    ClaimService claims;

    @Test
    @WithUserDetails("reviewer")
    void suggest_lists_suggestions_and_accepting_one_creates_an_attributed_claim_and_dismissing_one_removes_it()
            throws Exception {
        var text = Files.readString(Path.of("sample-data/documents/biden-invited-putin.txt"));
        var doc = documents.create(DocumentMetadata.titled("Suggestions in the reader"), text).id();
        UI.getCurrent().navigate("documents/" + doc);
        assertThat($(SuggestionList.class).exists()).as("no suggestions before they are asked for").isFalse();

        test($(Button.class).withText("Suggest").single()).click();

        var list = $(SuggestionList.class).single();
        var listed = list.items();
        var kiev = listed.stream().filter(s -> s.text().contains("80,000 troops")).findFirst().orElseThrow();
        list.focus(kiev.key());
        click(list, kiev, "Accept");

        var created = claims.forDocument(doc);
        assertThat(created).hasSize(1);
        assertThat(created.getFirst().claimText()).contains("80,000 troops");
        assertThat(list.items()).hasSize(listed.size() - 1).doesNotContain(kiev);

        var next = list.current().orElseThrow();
        click(list, next, "Dismiss");
        assertThat(list.items()).hasSize(listed.size() - 2).doesNotContain(next);

        // Dismissed and accepted suggestions do not come back.
        test($(Button.class).withText("Suggest").single()).click();
        assertThat(list.items()).extracting(SuggestionView::text).doesNotContain(kiev.text(), next.text());
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_suggestions_without_accept_or_dismiss() {
        var doc = documents.list("Biden Invited Putin", PageRequest.of(0, 1)).getContent().getFirst().id();
        UI.getCurrent().navigate("documents/" + doc);
        test($(Button.class).withText("Suggest").single()).click();
        var list = $(SuggestionList.class).single();
        assertThat(list.isVisible()).isTrue();
        assertThat(list.items()).isNotEmpty();
        assertThat($(Button.class, list).all()).extracting(Button::getText).doesNotContain("Accept", "Dismiss");
    }

    /** Issue 36: accepting a suggestion that would make a new claimant first shows the proposal, editable. */
    @Test
    @WithUserDetails("reviewer")
    void a_new_claimant_is_proposed_to_correct_before_anything_is_saved() {
        var doc = documents.create(DocumentMetadata.titled("Governor"), "The governor of Texas said the state had "
                + "created 700,000 more jobs than any other state in 2023.").id();
        UI.getCurrent().navigate("documents/" + doc);
        test($(Button.class).withText("Suggest").single()).click();
        var list = $(SuggestionList.class).single();
        var governor = list.items().stream().filter(x -> x.attribution() != null).findFirst().orElseThrow();

        click(list, governor, "Accept");

        var proposal = $(ClaimantProposalDialog.class).single();
        assertThat(proposal.name.getValue()).isEqualTo("Governor of Texas");
        assertThat(proposal.kind.getValue()).isEqualTo(org.factdesk.attribution.ClaimantKind.GOVERNMENT);
        assertThat(claims.forDocument(doc)).as("nothing saved before the answer").isEmpty();

        test(proposal.name).setValue("Greg Abbott");
        proposal.kind.setValue(org.factdesk.attribution.ClaimantKind.PERSON);
        test(proposal.role).setValue("governor of Texas");
        test(proposal.accept).click();

        var created = claims.forDocument(doc);
        assertThat(created).hasSize(1);
        var attribution = attributions.get(created.getFirst().id()).orElseThrow();
        assertThat(attribution.claimant().name()).isEqualTo("Greg Abbott");
        assertThat(attribution.claimant().kind()).isEqualTo(org.factdesk.attribution.ClaimantKind.PERSON);
        assertThat(attribution.statedRole()).isEqualTo("governor of Texas");
    }

    private void click(SuggestionList list, SuggestionView s, String action) {
        var card = (Component) list.cards.getChildren().toList().get(list.items().indexOf(s));
        test($(Button.class, card).withText(action).single()).click();
    }
}
