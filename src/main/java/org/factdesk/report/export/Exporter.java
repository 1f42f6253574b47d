package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. Exporters check for interruption between claims so a long export can be cancelled. */
public interface Exporter {

    /** The {@code format} parameter value: html, pdf, md, csv, json, claimreview, w3c, brat. */
    String format();

    String contentType();

    /** File name extension, without the dot. */
    String extension();

    void write(DocumentReport report, OutputStream out) throws IOException;

    /**
     * Why this report would come out empty in this format, said to a person instead of handing them an empty
     * file ("[ ]"); null when it has something to show.
     */
    default @org.jspecify.annotations.Nullable String nothingToExport(DocumentReport report) {
        return null;
    }

    static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ExportCancelledException();
        }
    }

    /** The export was cancelled by the user. */
    final class ExportCancelledException extends RuntimeException {
        public ExportCancelledException() {
            super("The export was cancelled");
        }
    }
}
