package org.factdesk.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.anchoring.CodePointText;
import org.junit.jupiter.api.Test;

class BratExporterTest {

    @Test
    void a_span_across_a_line_break_becomes_fragments_in_code_points() {
        var text = new CodePointText("\uD83D\uDE80 one\ntwo three");
        assertThat(BratExporter.fragments(text, 2, 9)).isEqualTo("2 5;6 9");
        assertThat(BratExporter.fragments(text, 6, 9)).isEqualTo("6 9");
    }
}
