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

    @org.springframework.beans.factory.annotation.Autowired
    org.factdesk.document.DocumentService documents;

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
    @WithUserDetails("editor")
    void an_archived_document_is_left_out_until_show_archived_is_ticked() {
        var doc = documents.create(org.factdesk.document.DocumentMetadata.titled("Listed then archived"), "Text.").id();
        documents.archive(doc, true);
        var view = navigate(DocumentListView.class);
        test(view.search).setValue("Listed then archived");
        assertThat(test(view.grid).size()).isZero();
        view.archived.setValue(true);
        assertThat(titles(view)).containsExactly("Listed then archived (archived)");
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

    /** Issue 36: the paste dialog takes who published the article and when; a stale field error goes when fixed. */
    @Test
    @WithUserDetails("reviewer")
    void a_paste_carries_publisher_author_date_and_a_field_error_clears_once_its_cause_is_fixed() {
        var view = navigate(DocumentListView.class);
        test(view.newDocument).click();
        var dialog = $(NewDocumentDialog.class).single();
        test(titleOf(dialog)).setValue("Jobs report");
        test(textOf(dialog)).setValue("The economy added jobs.");
        test(field(dialog, "Web address of the original (optional)")).setValue("not an address");
        test($(Button.class, dialog).withText("Create").single()).click();
        assertThat(field(dialog, "Web address of the original (optional)").isInvalid()).isTrue();
        assertThat(field(dialog, "Web address of the original (optional)").getErrorMessage()).startsWith("Enter a web address starting with http:// or https://");

        test(field(dialog, "Web address of the original (optional)")).setValue("https://news.example/jobs");
        assertThat(field(dialog, "Web address of the original (optional)").isInvalid()).as("cleared as soon as the address changed").isFalse();
        test(field(dialog, "Publisher (optional)")).setValue("Daily Example");
        test(field(dialog, "Author (optional)")).setValue("Ann Lee");
        $(com.vaadin.flow.component.datepicker.DatePicker.class, dialog).single().setValue(java.time.LocalDate.of(2026, 3, 1));
        test($(Button.class, dialog).withText("Create").single()).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("DocumentReaderView");
        var created = documents.list("Jobs report", org.springframework.data.domain.PageRequest.of(0, 1)).getContent()
                .getFirst();
        var metadata = documents.get(created.id()).metadata();
        assertThat(metadata.publisher()).isEqualTo("Daily Example");
        assertThat(metadata.author()).isEqualTo("Ann Lee");
        assertThat(metadata.publishedAt()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        assertThat(metadata.sourceUrl()).isEqualTo("https://news.example/jobs");
    }

    private TextField field(NewDocumentDialog dialog, String label) {
        return $(TextField.class, dialog).withLabel(label).single();
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
