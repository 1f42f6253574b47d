package org.factdesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.factdesk.base.ui.Notifications;
import org.factdesk.report.ReportJobs;
import org.factdesk.report.ReportService;
import org.factdesk.report.export.DocumentReport;
import org.jspecify.annotations.Nullable;

/**
 * Buttons that export a report in each format. The export runs in the background with a progress
 * bar and a Cancel button; when it is done, a link saves the file.
 */
public class ExportPanel extends Div {

    static final Map<String, String> LABELS = Map.of("html", "HTML", "pdf", "PDF", "md", "Markdown", "csv", "CSV",
            "json", "JSON", "claimreview", "ClaimReview", "w3c", "W3C annotations", "brat", "brat");

    final HorizontalLayout buttons = new HorizontalLayout();
    final ProgressBar progress = new ProgressBar();
    final Button cancel = new Button("Cancel");
    final Span status = new Span();
    final Div result = new Div();
    private @Nullable Future<byte[]> running;

    public ExportPanel(ReportService reports, ReportJobs jobs, List<String> formats, String fileName,
            Supplier<DocumentReport> report) {
        addClassName("fd-export");
        buttons.setWrap(true);
        for (var format : formats) {
            var button = new Button(LABELS.getOrDefault(format, format));
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.addClickListener(e -> start(reports, jobs, format, fileName, report));
            buttons.add(button);
        }
        progress.setIndeterminate(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        cancel.addClickListener(e -> {
            var job = running;
            if (job != null) {
                job.cancel(true);
            }
        });
        status.addClassName("fd-muted");
        add(buttons, new HorizontalLayout(progress, cancel), status, result);
    }

    private void start(ReportService reports, ReportJobs jobs, String format, String fileName,
            Supplier<DocumentReport> report) {
        if (running != null && !running.isDone()) {
            Notifications.error("An export is already running; cancel it first");
            return;
        }
        var exporter = reports.exporter(format, List.of(format));
        var ui = UI.getCurrent();
        result.removeAll();
        status.setText("Exporting " + LABELS.getOrDefault(format, format) + "…");
        progress.setVisible(true);
        cancel.setVisible(true);
        // The download is named after what the report turns out to be (its document's title and day).
        var made = new java.util.concurrent.atomic.AtomicReference<DocumentReport>();
        var job = jobs.submit(() -> {
            var r = report.get();
            made.set(r);
            return r;
        }, exporter);
        running = job;
        Thread.ofVirtual().start(() -> {
            byte[] bytes = null;
            String failure = null;
            try {
                bytes = job.get();
            } catch (CancellationException e) {
                failure = "Export cancelled";
            } catch (ExecutionException e) {
                failure = "Export failed: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "Export interrupted";
            }
            var done = bytes;
            var error = failure;
            ui.access(() -> {
                progress.setVisible(false);
                cancel.setVisible(false);
                if (done == null) {
                    status.setText(error);
                    return;
                }
                var nothing = made.get() == null ? null : exporter.nothingToExport(made.get());
                if (nothing != null) {
                    status.setText(nothing);
                    return;
                }
                var name = (made.get() == null ? fileName : made.get().fileName()) + "." + exporter.extension();
                status.setText(LABELS.getOrDefault(format, format) + " ready (" + Math.max(1, done.length / 1024) + " KB)");
                var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(done), name, exporter.contentType(), done.length)), "Save " + name);
                link.getElement().setAttribute("download", name);
                result.add(link);
            });
        });
    }
}
