package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvFilesTest {

    @TempDir
    Path tmp;

    @Test
    void a_library_with_quoted_fields_across_lines_reads_one_entry_per_row() throws IOException {
        var file = tmp.resolve("library.tsv");
        Files.writeString(file, "\tvclaim\ttitle\n0\t\"A \"\"Trump and Obama\"\" meme\nrecounts statistics.\"\tThe meme\n"
                + "1\tPlain claim\t\n");
        var library = TsvFiles.library(file);
        assertThat(library).extracting(VerifiedClaim::key).containsExactly("0", "1");
        assertThat(library.getFirst().claim()).isEqualTo("A \"Trump and Obama\" meme\nrecounts statistics.");
        assertThat(library.getFirst().title()).isEqualTo("The meme");
        assertThat(library.get(1).title()).isNull();
    }

    @Test
    void a_repeated_id_or_a_row_without_a_claim_is_refused_naming_the_row() throws IOException {
        var twice = tmp.resolve("twice.tsv");
        Files.writeString(twice, "id\tclaim\n7\ta\n7\tb\n");
        assertThatThrownBy(() -> TsvFiles.library(twice)).hasMessageContaining("row 3: the id 7 appears twice");
        var empty = tmp.resolve("empty.tsv");
        Files.writeString(empty, "id\tclaim\n7\t\n");
        assertThatThrownBy(() -> TsvFiles.library(empty)).hasMessageContaining("row 2: no claim in column 2");
    }

    /** CLEF's own file of verified claims, where it is at hand: every row is one entry, no fragment of text an id. */
    @Test
    void the_clef_library_reads_its_10375_rows_exactly() throws IOException {
        var file = Path.of(System.getProperty("shared.data", "../shared/data"), "claim-matching", "verified_claims.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "CLEF's verified_claims.tsv is not here");
        var library = TsvFiles.library(file);
        assertThat(library).hasSize(10_375);
        assertThat(library).allSatisfy(c -> assertThat(c.key()).matches("\\d+"));
        assertThat(library).anySatisfy(c -> assertThat(c.claim()).startsWith("A \"Trump and Obama by the Numbers\" meme"));
    }
}
