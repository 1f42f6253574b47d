package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A self-contained, printable HTML report ({@link ReportPage} on a screen): no scripts, no outside resources. */
public final class HtmlExporter implements Exporter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String contentType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        out.write(ReportPage.render(report, ReportPage.Medium.SCREEN).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
