package org.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks() {
        assertThat(Csv.parse("a,b\n1,\"x, \"\"y\"\"\nz\"\r\n2,\n"))
                .containsExactly(List.of("a", "b"), List.of("1", "x, \"y\"\nz"), List.of("2", ""));
    }

    @Test
    void an_unclosed_quote_is_refused() {
        assertThatThrownBy(() -> Csv.parse("a,\"b\n")).hasMessageContaining("quoted field");
    }
}
