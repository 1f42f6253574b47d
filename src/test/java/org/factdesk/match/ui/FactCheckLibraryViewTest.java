package org.factdesk.match.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.Stance;
import org.factdesk.match.FactCheckLibraryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class FactCheckLibraryViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("viewer")
    void a_viewer_searches_the_library_but_cannot_import_or_delete() {
        var view = navigate(FactCheckLibraryView.class);
        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Button.class).all()).extracting(Button::getText).doesNotContain("Delete");
        view.question.setValue("");
        test($(Button.class).withText("Search the library").single()).click();
        assertThat(view.answers.getChildren()).as("a blank question is refused, not answered").isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_gets_the_upload_and_a_question_is_answered_from_the_desk_s_own_claims() {
        var view = navigate(FactCheckLibraryView.class);
        assertThat($(Upload.class).all()).hasSize(1);
        view.question.setValue("Russia had deployed more than 80,000 troops on the Ukrainian border");
        test($(Button.class).withText("Search the library").single()).click();
        assertThat(view.answers.getChildren().count()).as("the sample article's claims match").isPositive();
        var first = view.answers.getChildren().findFirst().orElseThrow();
        assertThat(first.getElement().getTextRecursively()).startsWith("1.This desk, claim ").contains("\u201C");
        assertThat($(Button.class, first).all()).extracting(Button::getText).singleElement().asString()
                .startsWith("Open claim ");
    }

    @Autowired
    FactCheckLibraryService library;
    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;

    /** Issue 36, item 4: a collection is browsed and searched; an answer is read at its publisher or linked. */
    @Test
    @WithUserDetails("editor")
    void a_collection_is_browsed_and_searched_and_an_answer_is_linked_to_a_claim_as_evidence() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var tsv = "id\tclaim\ttitle\turl\trating\tpublisher\tdate\n"
                + "1\tThe harbour of Velmora " + run + " closes every winter\tDoes Velmora's harbour close?\t"
                + "https://checks.example/" + run + "/1\tFalse\tCoast Checks\t2026-03-01\n"
                + "2\tLighthouse keepers in Ostrand " + run + " earn twice the national wage\t\t"
                + "https://checks.example/" + run + "/2\tMostly true\tCoast Checks\t2026-04-02\n"
                + "3\tFerries to Ostrand " + run + " stopped in 2019\t\thttps://checks.example/" + run
                + "/3\tTrue\tIsland Desk\t\n";
        var imported = library.importFile("coast-" + run + ".tsv", tsv.getBytes(StandardCharsets.UTF_8));
        long collection = imported.collection().id();

        var view = navigate(FactCheckLibraryView.class);
        int row = -1;
        for (int i = 0; i < test(view.collections).size(); i++) {
            if (test(view.collections).getRow(i).id() == collection) {
                row = i;
            }
        }
        var link = (RouterLink) test(view.collections).getCellComponent(row, 0);
        assertThat(link.getText()).isEqualTo("coast-" + run + ".tsv");
        assertThat(link.getHref()).isEqualTo("library/collections/" + collection);
        var browse = navigate("library/collections/" + collection, FactCheckCollectionView.class);
        assertThat(test(browse.grid).size()).isEqualTo(3);
        assertThat(browse.count.getText()).isEqualTo("3 fact-checks");
        assertThat(test(browse.grid).getRow(0).date()).as("newest first").hasToString("2026-04-02");
        browse.search.setValue("island desk");
        assertThat(test(browse.grid).size()).isEqualTo(1);
        assertThat(test(browse.grid).getRow(0).claim()).startsWith("Ferries to Ostrand");
        browse.search.setValue("50% off");
        assertThat(browse.count.getText()).isEqualTo("0 fact-checks");

        var doc = documents.create(DocumentMetadata.titled("Harbour " + run),
                "The harbour of Velmora " + run + " closes every winter, the mayor said.").id();
        long claim = claims.create(doc, NewClaim.at(0, 40)).id();
        view = navigate(FactCheckLibraryView.class);
        view.question.setValue("Velmora " + run + " harbour closes in winter");
        test($(Button.class).withText("Search the library").single()).click();
        var answer = view.answers.getChildren().filter(a -> a.getElement().getTextRecursively().contains("Coast Checks"))
                .findFirst().orElseThrow();
        assertThat(answer.getElement().getTextRecursively()).contains("Coast Checks \u00b7 rated False \u00b7 2026-03-01");
        assertThat($(Anchor.class, answer).single().getHref()).isEqualTo("https://checks.example/" + run + "/1");
        test($(Button.class, answer).withText("Link as evidence\u2026").single()).click();
        var dialog = $(Dialog.class).single();
        test($(IntegerField.class, dialog).single()).setValue((int) claim);
        @SuppressWarnings("unchecked")
        var stance = (RadioButtonGroup<Stance>) $(RadioButtonGroup.class, dialog).single();
        stance.setValue(Stance.REFUTES);
        test($(Button.class, dialog).withText("Link").single()).click();
        assertThat(evidence.forClaim(claim)).singleElement().satisfies(e -> {
            assertThat(e.stance()).isEqualTo(Stance.REFUTES);
            assertThat(e.source().url()).isEqualTo("https://checks.example/" + run + "/1");
        });
    }

    @Test
    @WithUserDetails("viewer")
    void a_collection_that_does_not_exist_is_not_found() {
        navigate("library/collections/987654321", com.vaadin.flow.component.Component.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(org.factdesk.base.ui.NotFoundView.class);
    }
}
