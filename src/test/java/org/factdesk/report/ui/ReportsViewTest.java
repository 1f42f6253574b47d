package org.factdesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import org.factdesk.IntegrationTest;
import org.factdesk.document.DocumentService;
import org.factdesk.document.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    org.factdesk.report.ReportService reports;

    private DocumentSummary sample() {
        return documents.list("Biden Invited Putin", PageRequest.of(0, 1)).getContent().getFirst();
    }

    /** Waits for the background export to finish and its result to reach the UI. */
    private String awaitStatus(ExportPanel panel) throws InterruptedException {
        for (int i = 0; i < 200 && panel.progress.isVisible(); i++) {
            Thread.sleep(50);
            // the export finishes on another thread and hands its result to the UI with UI.access
            var session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(panel.progress.isVisible()).as("export still running after 10 s: " + panel.status.getText()).isFalse();
        return panel.status.getText();
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_exports_a_documents_markdown_report_and_gets_a_link_to_save_it() throws Exception {
        var view = navigate(ReportsView.class);
                assertThat(view.documentExports.isVisible()).as("document exports wait for a document").isFalse();

        view.document.setValue(sample());
        var panel = view.documentExports;
        assertThat(panel.isVisible()).isTrue();
        test(panel.buttons.getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> b.getText().equals("Markdown")).findFirst().orElseThrow()).click();
        assertThat(panel.progress.isVisible()).isTrue();
        assertThat(panel.cancel.isVisible()).isTrue();

        assertThat(awaitStatus(panel)).startsWith("Markdown ready");
        var link = $(Anchor.class, panel.result).single();
        // Issue 36: named after the document and the day, not "report.md".
        assertThat(link.getText()).matches("Save biden-invited-putin-to-meet-in-a-third-country-\\d{4}-\\d{2}-\\d{2}\\.md");
        assertThat(link.getElement().getAttribute("download")).isEqualTo(link.getText().substring("Save ".length()));
    }

    @Test
    @WithUserDetails("viewer")
    void claims_across_documents_export_as_csv_and_a_viewer_sees_no_imports() throws Exception {
        var panel = navigate(ReportsView.class).filterExports;
        assertThat(panel.buttons.getChildren().map(c -> ((com.vaadin.flow.component.button.Button) c).getText()))
                .containsExactly("HTML", "CSV", "JSON");
        test(panel.buttons.getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> b.getText().equals("CSV")).findFirst().orElseThrow()).click();

        assertThat(awaitStatus(panel)).startsWith("CSV ready");
        assertThat($(Anchor.class, panel.result).single().getText())
                .matches("Save claims-report(-[a-z0-9-]+)?-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat($(Upload.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_sees_both_imports() {
        navigate(ReportsView.class);
        assertThat($(Upload.class).all()).hasSize(2);
    }

    /** Issue 36: importing an export of a document the desk has asks first, then imports a copy if told to. */
    @Test
    @WithUserDetails("editor")
    void importing_a_document_the_desk_has_asks_before_writing_and_imports_a_copy_when_told() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        reports.write(reports.documentReport(sample().id()), reports.exporter("json", java.util.List.of("json")), out);
        var view = navigate(ReportsView.class);
        long before = documents.count();

        test($(Upload.class).all().get(1)).upload("export.json", "application/json", out.toByteArray());

        var asked = view.alreadyHere;
        assertThat(asked).isNotNull();
        assertThat(asked.isOpened()).isTrue();
        assertThat(asked.getHeaderTitle()).isEqualTo("This document is already here");
        assertThat(asked.skip.isVisible()).isFalse();
        assertThat(documents.count()).as("nothing written before the answer").isEqualTo(before);

        roundTrip();
        test(asked.copy).click();
        assertThat(documents.count()).isEqualTo(before + 1);
    }
}
