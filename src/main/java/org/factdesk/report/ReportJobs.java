package org.factdesk.report;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.factdesk.report.export.DocumentReport;
import org.factdesk.report.export.Exporter;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs exports in the background for the UI, as the user who asked, so that a long one shows
 * progress and can be cancelled (the exporters stop between claims when interrupted).
 */
@Component
public class ReportJobs {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        var thread = new Thread(r, "factdesk-export");
        thread.setDaemon(true);
        return thread;
    });
    private final ReportService reports;
    private final SecurityContextHolderStrategy contexts;

    ReportJobs(ReportService reports, SecurityContextHolderStrategy contexts) {
        this.reports = reports;
        this.contexts = contexts;
    }

    /** Builds the report and writes it in the given format; the future holds the file's bytes. */
    public Future<byte[]> submit(Supplier<DocumentReport> report, Exporter exporter) {
        var context = contexts.getContext();
        return executor.submit(() -> {
            contexts.setContext(context);
            try {
                var out = new ByteArrayOutputStream();
                reports.write(report.get(), exporter, out);
                return out.toByteArray();
            } finally {
                contexts.clearContext();
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
