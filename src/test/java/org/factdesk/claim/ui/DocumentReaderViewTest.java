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
        assertThat(test(view.claimList).size()).isZero();

        view.createClaim(new Reader.Span(33, 56));

        assertThat(test(view.claimList).size()).isEqualTo(1);
        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.quote.getText()).isEqualTo("more than 80,000 troops");
        assertThat(view.panel.claimText.getValue()).isEqualTo("more than 80,000 troops");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_deletes_a_document_from_the_reader_after_confirming() {
        var doc = documents.create(DocumentMetadata.titled("To delete"), "Kiev accused Moscow of deploying troops.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        view.createClaim(new Reader.Span(0, 4));
        assertThat(view.deleteDocument.isVisible()).isTrue();
        test(view.deleteDocument).click();
        var confirm = $(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThatThrownBy(() -> documents.get(doc)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_cannot_delete_a_document_and_is_not_offered_to() {
        var doc = documents.create(DocumentMetadata.titled("Not mine to delete"), "Short text.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        assertThat(view.deleteDocument.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("reviewer")
    void an_out_of_range_selection_is_refused_with_a_message_and_creates_nothing() {
        var doc = documents.create(DocumentMetadata.titled("Reader test 2"), "Short.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);

        view.createClaim(new Reader.Span(3, 300));

        assertThat(test(view.claimList).size()).isZero();
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
        claims.update(saved.id(), saved.version(), new ClaimEdit("Biden offered a summit", null));
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
        assertThat(test(view.claimList).size()).isEqualTo(2);

        view.statusFilter.setValue(EnumSet.of(ClaimStatus.PUBLISHED));
        assertThat(test(view.claimList).size()).isZero();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_without_editing() {
        var view = navigate("documents/1", DocumentReaderView.class);
        assertThat(view.replaceText.isVisible()).isFalse();
        assertThat(view.reader.getElement().hasAttribute("readonly")).isTrue();
        assertThat(view.getPageTitle()).isEqualTo("Biden Invited Putin to Meet in a Third Country");
    }

    @Test
    @WithUserDetails("reviewer")
    void the_export_button_offers_every_report_format_for_the_open_document() {
        var doc = documents.create(DocumentMetadata.titled("Export from reader"), "One sentence.").id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        test(view.export).click();

        var panel = $(org.factdesk.report.ui.ExportPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("HTML", "PDF", "Markdown", "CSV", "JSON",
                "ClaimReview", "W3C annotations", "brat");
    }

    @Test
    @WithUserDetails("reviewer")
    void suggest_lists_suggestions_and_accepting_one_creates_an_attributed_claim_and_dismissing_one_removes_it()
            throws Exception {
        var text = java.nio.file.Files.readString(java.nio.file.Path.of("sample-data/documents/biden-invited-putin.txt"));
        var doc = documents.create(DocumentMetadata.titled("Suggestions in the reader"), text).id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        assertThat(view.suggestions.isVisible()).isFalse();

        test(view.suggest).click();

        assertThat(view.suggestions.isVisible()).isTrue();
        var listed = view.suggestions.items();
        var kiev = listed.stream().filter(s -> s.text().contains("80,000 troops")).findFirst().orElseThrow();
        view.suggestions.focus(kiev.key());
        view.acceptSuggestion(kiev);

        assertThat(test(view.claimList).size()).isEqualTo(1);
        var claim = claims.forDocument(doc).getFirst();
        assertThat(claim.claimText()).contains("80,000 troops");
        assertThat(view.suggestions.items()).hasSize(listed.size() - 1).doesNotContain(kiev);

        var next = view.suggestions.current().orElseThrow();
        view.dismissSuggestion(next);
        assertThat(view.suggestions.items()).hasSize(listed.size() - 2).doesNotContain(next);

        // Dismissed and accepted suggestions do not come back.
        test(view.suggest).click();
        assertThat(view.suggestions.items()).extracting(s -> s.text()).doesNotContain(kiev.text(), next.text());
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_suggestions_without_accept_or_dismiss() {
        var doc = documents.list("Biden Invited Putin", org.springframework.data.domain.PageRequest.of(0, 1)).getContent()
                .getFirst().id();
        var view = navigate("documents/" + doc, DocumentReaderView.class);
        test(view.suggest).click();
        assertThat(view.suggestions.isVisible()).isTrue();
        assertThat($(com.vaadin.flow.component.button.Button.class, view.suggestions).all())
                .extracting(com.vaadin.flow.component.button.Button::getText).doesNotContain("Accept", "Dismiss");
    }
}
