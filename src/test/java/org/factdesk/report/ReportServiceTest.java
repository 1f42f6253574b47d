package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.factdesk.IntegrationTest;
import org.factdesk.document.DocumentService;
import org.factdesk.report.export.Exporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    DocumentService documents;

    @Test
    @WithUserDetails("viewer")
    void every_exporter_stops_when_its_thread_is_interrupted_and_writes_when_it_is_not() throws Exception {
        var id = documents.list("Biden Invited Putin", PageRequest.of(0, 1)).getContent().getFirst().id();
        var report = reports.documentReport(id);
        assertThat(report.claims()).isNotEmpty();
        for (var format : ReportService.DOCUMENT_FORMATS) {
            var exporter = reports.exporter(format, ReportService.DOCUMENT_FORMATS);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> reports.write(report, exporter, new ByteArrayOutputStream()))
                        .as(format).isInstanceOf(Exporter.ExportCancelledException.class);
            } finally {
                Thread.interrupted();
            }
            var out = new ByteArrayOutputStream();
            reports.write(report, exporter, out);
            assertThat(out.size()).as(format).isGreaterThan(1);
        }
    }
}
