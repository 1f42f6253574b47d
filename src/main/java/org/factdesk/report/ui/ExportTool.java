package org.factdesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.factdesk.claim.ui.ReaderContext;
import org.factdesk.claim.ui.ReaderTool;
import org.factdesk.report.ReportJobs;
import org.factdesk.report.ReportService;

/** The reader's Export button: the open document's report in every document format. */
class ExportTool implements ReaderTool {

    @SpringComponent
    static class Factory implements ReaderTool.Factory {

        private final ReportService reports;
        private final ReportJobs jobs;

        Factory(ReportService reports, ReportJobs jobs) {
            this.reports = reports;
            this.jobs = jobs;
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public ReaderTool create(ReaderContext reader) {
            return new ExportTool(reports, jobs, reader);
        }
    }

    final Button button = new Button("Export");

    ExportTool(ReportService reports, ReportJobs jobs, ReaderContext reader) {
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClickListener(e -> reader.document().ifPresent(d -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle("Export \u201C" + d.metadata().title() + "\u201D");
            dialog.add(new ExportPanel(reports, jobs, ReportService.DOCUMENT_FORMATS, "document-" + d.id(),
                    () -> reports.documentReport(d.id())));
            dialog.getFooter().add(new Button("Close", close -> dialog.close()));
            dialog.open();
        }));
    }

    @Override
    public Component button() {
        return button;
    }
}
