package org.factdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExporterTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        assertThat(CsvExporter.text("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(CsvExporter.text("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvExporter.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExporter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExporter.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExporter.text("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvExporter.text("Plain text = fine")).isEqualTo("Plain text = fine");
    }
}
