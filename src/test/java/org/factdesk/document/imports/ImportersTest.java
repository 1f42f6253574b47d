package org.factdesk.document.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ImportersTest {

    @Test
    void the_file_name_decides_how_an_upload_is_read() {
        assertThat(Importers.fromUpload("notes.TXT", "plain *text*".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("plain *text*");
        assertThat(Importers.fromUpload("notes.md", "plain *text*".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("plain text");
        assertThat(Importers.fromUpload("page.html", "<p>para <b>one</b></p><p>two</p>".getBytes(StandardCharsets.UTF_8))
                .text()).isEqualTo("para one\ntwo");
        assertThatThrownBy(() -> Importers.fromUpload("photo.jpg", new byte[] { 1, 2, 3 }))
                .hasMessageContaining(".txt, .md and .html");
    }

    @Test
    void a_gzip_bomb_posing_as_html_is_refused() throws Exception {
        var zipped = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(zipped)) {
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                gz.write(zeros);
            }
        }
        assertThat(zipped.size()).isLessThan(200_000);
        assertThatThrownBy(() -> Importers.fromUpload("page.html.gz", zipped.toByteArray()))
                .isInstanceOf(ImportException.class).hasMessageContaining("30 MB");
    }

    @Test
    void titles_come_from_file_names_when_a_file_has_none() {
        assertThat(Importers.titleFromFileName("kremlin_readout-2021.html")).isEqualTo("kremlin readout 2021");
    }
}
