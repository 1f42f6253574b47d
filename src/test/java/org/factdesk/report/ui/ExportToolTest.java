package org.factdesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.factdesk.IntegrationTest;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ExportToolTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;

    @Test
    @WithUserDetails("reviewer")
    void the_readers_export_button_offers_every_report_format_for_the_open_document() {
        var doc = documents.create(DocumentMetadata.titled("Export from reader"), "One sentence.").id();
        UI.getCurrent().navigate("documents/" + doc);

        test($(Button.class).withText("Export").single()).click();

        var panel = $(ExportPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("HTML", "PDF", "Markdown", "CSV", "JSON",
                "ClaimReview", "W3C annotations", "brat");
    }

    /** Issue 36: a ClaimReview export of a document with nothing published says so instead of handing over "[ ]". */
    @Test
    @WithUserDetails("reviewer")
    void a_claimreview_export_with_nothing_published_says_so_and_offers_no_file() throws Exception {
        var doc = documents.create(DocumentMetadata.titled("Nothing published"), "One sentence here.").id();
        UI.getCurrent().navigate("documents/" + doc);
        test($(Button.class).withText("Export").single()).click();
        var panel = $(ExportPanel.class).single();

        test(panel.buttons.getChildren().map(Button.class::cast).filter(b -> b.getText().equals("ClaimReview"))
                .findFirst().orElseThrow()).click();
        for (int i = 0; i < 200 && panel.progress.isVisible(); i++) {
            Thread.sleep(50);
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }

        assertThat(panel.status.getText()).startsWith("No published claim here");
        assertThat(panel.result.getChildren()).isEmpty();
    }
}
