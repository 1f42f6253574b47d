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
}
