package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.EnumSet;
import org.factdesk.IntegrationTest;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimEdit;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DocumentReaderViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;

    @Test
    @WithUserDetails("reviewer")
    void selecting_words_creates_a_claim_that_appears_in_the_list_and_the_panel() {
        var doc = documents.create(DocumentMetadata.titled("Reader test"), "Kiev accused Moscow of deploying more "
                + "than 80,000 troops on the border.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        assertThat(test(view.list.grid).size()).isZero();

        view.createClaim(new Reader.Span(33, 56));

        assertThat(test(view.list.grid).size()).isEqualTo(1);
        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.quote.getText()).isEqualTo("more than 80,000 troops");
        assertThat(view.panel.claimText.getValue()).isEqualTo("more than 80,000 troops");
    }

    @Autowired
    org.factdesk.verification.ReviewService reviews;

    /** Issue 36, item 5: each section says in its heading what it holds; the panel can take the full height. */
    @Test
    @WithUserDetails("reviewer")
    void every_section_says_what_it_holds_in_its_heading_and_the_panel_asks_for_room() {
        var doc = documents.create(DocumentMetadata.titled("Summaries"), "Kiev accused Moscow of deploying more "
                + "than 80,000 troops on the border.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        view.createClaim(new Reader.Span(33, 56));
        var claim = view.panel.claim();
        reviews.setVerdict(claim.id(), null, "MOSTLY_TRUE", "Close to the ministry's figure.", null);
        view.claimChanged(claim.id());

        var lines = new java.util.LinkedHashMap<String, String>();
        $(com.vaadin.flow.component.details.Details.class).all().stream().filter(d -> d.hasClassName("fd-section"))
                .forEach(d -> lines.put(d.getSummary().getChildren().findFirst().map(t -> t.getElement().getText())
                        .orElse(""), org.factdesk.base.ui.SectionSummary.line(d)));
        assertThat(lines).containsEntry("Who said it", "Not attributed yet")
                .containsEntry("Is the attribution right?", "Unverified")
                .containsEntry("Evidence", "none yet")
                .containsEntry("Verification", "Mostly true \u00b7 Unchecked \u00b7 nobody assigned")
                .containsEntry("Comments", "none yet")
                .containsKey("Already checked?");
        assertThat(lines.get("History")).startsWith("last change by reviewer on ");

        assertThat(view.panel.room.getText()).isEqualTo("Full height");
        test(view.panel.room).click();
        assertThat(view.panel.room.getText()).isEqualTo("Show the list");
        assertThat(view.panel.room.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(view.panel.room).click();
        assertThat(view.panel.room.getText()).isEqualTo("Full height");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_deletes_a_document_from_the_reader_after_confirming() {
        var doc = documents.create(DocumentMetadata.titled("To delete"), "Kiev accused Moscow of deploying troops.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        view.createClaim(new Reader.Span(0, 4));
        var delete = tool(view, DocumentTools.Delete.class).button;
        assertThat(delete.isVisible()).isTrue();
        test(delete).click();
        var confirm = $(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThatThrownBy(() -> documents.get(doc)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_delete_a_document_and_is_not_offered_to() {
        var doc = documents.create(DocumentMetadata.titled("Not mine to delete"), "Short text.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        assertThat(tool(view, DocumentTools.Delete.class).button.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("reviewer")
    void an_out_of_range_selection_is_refused_with_a_message_and_creates_nothing() {
        var doc = documents.create(DocumentMetadata.titled("Reader test 2"), "Short.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);

        view.createClaim(new Reader.Span(3, 300));

        assertThat(test(view.list.grid).size()).isZero();
        assertThat(test($(Notification.class).last()).getText()).contains("past its end");
    }

    @Test
    @WithUserDetails("reviewer")
    void editing_the_claim_text_saves_it_and_a_stale_panel_is_refused_without_overwriting() {
        var doc = documents.create(DocumentMetadata.titled("Reader test 3"), "The summit will be in a third country.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        view.createClaim(new Reader.Span(4, 10));

        test(view.panel.claimText).setValue("A summit was offered");
        test(view.panel.save).click();
        assertThat(test($(Notification.class).last()).getText()).contains("saved");
        var saved = view.panel.claim();
        assertThat(claims.get(saved.id()).claimText()).isEqualTo("A summit was offered");

        // Someone else saves meanwhile; this panel still holds the older version.
        claims.update(saved.id(), saved.version(), ClaimEdit.text("Biden offered a summit"));
        test(view.panel.claimText).setValue("My late edit");
        test(view.panel.save).click();

        assertThat(test($(Notification.class).last()).getText()).contains("Not saved").contains("reviewer changed");
        assertThat(claims.get(saved.id()).claimText()).isEqualTo("Biden offered a summit");
        assertThat(view.panel.claimText.getValue()).isEqualTo("Biden offered a summit");
    }

    @Test
    @WithUserDetails("reviewer")
    void the_status_filter_hides_claims_from_the_list() {
        var doc = documents.create(DocumentMetadata.titled("Reader test 4"), "One claim here and another there.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        view.createClaim(new Reader.Span(0, 9));
        view.createClaim(new Reader.Span(19, 26));
        assertThat(test(view.list.grid).size()).isEqualTo(2);

        view.list.statusFilter.setValue(EnumSet.of(ClaimStatus.PUBLISHED));
        assertThat(test(view.list.grid).size()).isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_without_editing() {
        var view = navigate("documents/1", DocumentReaderView.class);
        assertThat(tool(view, DocumentTools.ReplaceText.class).button.isVisible()).isFalse();
        assertThat(tool(view, DocumentTools.Details.class).button.isVisible()).isFalse();
        assertThat(view.reader.getElement().hasAttribute("readonly")).isTrue();
        assertThat(view.getPageTitle()).isEqualTo("Biden Invited Putin to Meet in a Third Country");
    }

    @Test
    @WithUserDetails("reviewer")
    void the_head_shows_every_features_tool_in_order() {
        var doc = documents.create(DocumentMetadata.titled("Tools"), "One sentence.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        assertThat(view.tools).extracting(t -> t.button().getElement().getText())
                .containsExactly("Details", "Replace text", "Suggest", "Export", "Archive", "Delete document");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_archives_a_document_and_brings_it_back() {
        var doc = documents.create(DocumentMetadata.titled("Archived from the reader"), "One sentence.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        var archive = tool(view, DocumentTools.Archive.class);
        assertThat(archive.button.getText()).isEqualTo("Archive");
        test(archive.button).click();
        assertThat(archive.button.getText()).isEqualTo("Bring back to lists");
        assertThat(documents.summary(doc).archived()).isTrue();
        assertThat(documents.list("Archived from the reader", org.springframework.data.domain.PageRequest.of(0, 5))
                .getTotalElements()).isZero();
        assertThat(documents.list("Archived from the reader", true, org.springframework.data.domain.PageRequest.of(0, 5))
                .getTotalElements()).isEqualTo(1);
        test(archive.button).click();
        assertThat(documents.summary(doc).archived()).isFalse();
    }

    private static <T extends ReaderTool> T tool(DocumentReaderView view, Class<T> type) {
        return view.tools.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
