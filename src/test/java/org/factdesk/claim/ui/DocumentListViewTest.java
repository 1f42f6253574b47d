package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.IntegrationTest;
import org.factdesk.document.ui.NewDocumentDialog;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DocumentListViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("viewer")
    void the_documents_list_shows_the_sample_article_and_filters_by_search() {
        var view = navigate(DocumentListView.class);

        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(titles(view)).contains("Biden Invited Putin to Meet in a Third Country");

        test(view.search).setValue("no such article anywhere");
        assertThat(test(view.grid).size()).isZero();

        test(view.search).setValue("putin");
        assertThat(titles(view)).isNotEmpty().allMatch(t -> t.contains("Putin"));
    }

    @Test
    @WithUserDetails("viewer")
    void opening_a_document_goes_to_its_reader() {
        var list = navigate(DocumentListView.class);
        test(list.grid).clickRow(indexOf(list, "Biden Invited Putin to Meet in a Third Country"));

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DocumentReaderView");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_add_documents() {
        var view = navigate(DocumentListView.class);
        assertThat(view.newDocument.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_pastes_a_new_document_and_lands_in_its_reader() {
        var view = navigate(DocumentListView.class);
        test(view.newDocument).click();
        var dialog = $(NewDocumentDialog.class).single();
        test(titleOf(dialog)).setValue("Pasted report");
        test(textOf(dialog)).setValue("First paragraph.\nSecond paragraph.");
        test($(Button.class, dialog).withText("Create").single()).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DocumentReaderView");
    }

    @Test
    @WithUserDetails("reviewer")
    void an_empty_paste_is_refused_with_a_reason_on_the_text_field_and_the_dialog_stays_open() {
        var view = navigate(DocumentListView.class);
        test(view.newDocument).click();
        var dialog = $(NewDocumentDialog.class).single();
        test(titleOf(dialog)).setValue("Nothing here");
        test(textOf(dialog)).setValue("   ");
        test($(Button.class, dialog).withText("Create").single()).click();

        assertThat(textOf(dialog).isInvalid()).as("the refusal shows on the field, not in a toast").isTrue();
        assertThat(textOf(dialog).getErrorMessage()).contains("empty");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(titleOf(dialog).getValue()).isEqualTo("Nothing here");
    }

    private TextField titleOf(NewDocumentDialog dialog) {
        return $(TextField.class, dialog).withLabel("Title").single();
    }

    private TextArea textOf(NewDocumentDialog dialog) {
        return $(TextArea.class, dialog).withLabel("Text").single();
    }

    private java.util.List<String> titles(DocumentListView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }

    private int indexOf(DocumentListView view, String title) {
        return titles(view).indexOf(title);
    }
}
