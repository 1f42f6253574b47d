package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {

    @TempDir
    Path tmp;

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks() {
        assertThat(Tables.parse("a,b\n1,\"x, \"\"y\"\"\nz\"\r\n2,\n", ','))
                .containsExactly(List.of("a", "b"), List.of("1", "x, \"y\"\nz"), List.of("2", ""));
    }

    @Test
    void tab_separated_fields_are_quoted_the_same_way_as_data_tools_write_them() {
        var text = "\tvclaim\ttitle\n0\t\"A \"\"large-scale killing\"\" of farmers\nis under way.\"\tTitle\n1\tplain\t\n";
        assertThat(Tables.parse(text, '\t')).containsExactly(List.of("", "vclaim", "title"),
                List.of("0", "A \"large-scale killing\" of farmers\nis under way.", "Title"), List.of("1", "plain", ""));
    }

    @Test
    void an_unclosed_quote_is_refused() {
        assertThatThrownBy(() -> Tables.parse("a,\"b\n", ',')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quoted field");
    }

    @Test
    void a_row_longer_than_any_table_of_claims_is_refused_not_read_into_memory() throws IOException {
        var endless = tmp.resolve("endless.tsv");
        Files.writeString(endless, "id\ttext\n1\tshort\n2\t" + "x".repeat(Tables.MAX_ROW + 100_000));
        assertThatThrownBy(() -> Tables.read(endless, '\t')).isInstanceOf(IOException.class)
                .hasMessageContaining(endless + " line 3 starts a row longer than 1,000,000 characters");
        var quoted = tmp.resolve("quoted.tsv");
        Files.writeString(quoted, "id\ttext\n1\t\"" + "line\n".repeat(Tables.MAX_ROW / 4));
        assertThatThrownBy(() -> Tables.read(quoted, '\t')).hasMessageContaining("longer than 1,000,000 characters");
    }
}
