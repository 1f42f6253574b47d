package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code match}: a TREC run in the layout of the CLEF CheckThat! 2020 verified-claim retrieval task. */
class MatchCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws Exception {
        var file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void writes_a_trec_run_and_scores_it_when_the_right_answers_are_given() throws Exception {
        var library = write("library.tsv", "\tvclaim\ttitle\n"
                + "10\tThe city council voted to ban gas stoves in all new homes.\tDid the Council Ban Gas Stoves?\n"
                + "11\tA photograph shows a shark swimming on a flooded highway.\tShark on a Flooded Highway\n"
                + "12\tDrinking hot water every fifteen minutes cures the flu.\tDoes Hot Water Cure the Flu?\n");
        var queries = write("queries.tsv", "\ttweet_content\n"
                + "1\tShark swimming on the highway after the flood!! — A Person (@aperson) May 1, 2020\n"
                + "2\tcouncil bans gas stoves in new homes\n");
        var qrels = write("qrels", "1\t0\t11\t1\n2\t0\t10\t1\n");
        var out = dir.resolve("runs/run.tsv");
        var result = run("match", "--library", library.toString(), "--queries", queries.toString(), "--out",
                out.toString(), "--qrels", qrels.toString(), "--tag", "test-run");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Indexed 3 verified claims").contains("re-ranked by a sentence encoder")
                .contains("MAP@5 1.000, P@1 1.000, recall@5 1.000 over 2 queries");
        var lines = Files.readAllLines(out);
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("\\d+\\tQ0\\t\\d+\\t\\d+\\t-?\\d+\\.\\d{6}\\ttest-run"));
        assertThat(lines.getFirst()).startsWith("1\tQ0\t11\t1\t");
        assertThat(lines).anyMatch(l -> l.startsWith("2\tQ0\t10\t1\t"));

        var again = run("match", "--library", library.toString(), "--queries", queries.toString(), "--out",
                out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void the_sentence_encoder_finds_a_paraphrase_that_bm25_puts_second() throws Exception {
        // The query shares "people" and "change" with entry 12 and only "vaccine" with entry 20, which
        // says what the query says in other words.
        var library = write("library.tsv", "id\tclaim\ttitle\n"
                + "12\tPeople who change their diet can see in the dark.\t\n"
                + "20\tCOVID-19 vaccines alter human DNA.\t\n");
        var queries = write("queries.tsv", "id\ttext\n"
                + "1\tGetting the vaccine will change people's genes forever\n");
        var qrels = write("qrels", "1\t0\t20\t1\n");
        var semantic = run("match", "--library", library.toString(), "--queries", queries.toString(), "--out",
                dir.resolve("semantic.tsv").toString(), "--qrels", qrels.toString());
        assertThat(semantic.code()).as(semantic.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("semantic.tsv")).getFirst()).startsWith("1\tQ0\t20\t1\t");
        var bm25 = run("match", "--library", library.toString(), "--queries", queries.toString(), "--out",
                dir.resolve("bm25.tsv").toString(), "--bm25");
        assertThat(bm25.out()).contains("BM25's order (--bm25)");
        assertThat(Files.readAllLines(dir.resolve("bm25.tsv")).getFirst()).startsWith("1\tQ0\t12\t1\t");
        assertThat(Files.readAllLines(dir.resolve("bm25.tsv"))).hasSize(2);
        assertThat(run("match", "--library", library.toString(), "--queries", queries.toString(), "--out",
                dir.resolve("r").toString(), "--bm25", "--train-queries", queries.toString(), "--train-qrels",
                qrels.toString()).err()).contains("two different orders");
    }

    @Test
    void bad_arguments_are_explained() throws Exception {
        var library = write("library.tsv", "id\tclaim\ttitle\n1\tA claim.\tA title\n");
        var queries = write("queries.tsv", "id\ttext\n1\ta claim\n");
        assertThat(run("match").err()).contains("Give --library, --queries and --out");
        assertThat(run("match", "--library", library.toString(), "--queries", queries.toString(), "--out",
                dir.resolve("r").toString(), "--depth", "zero").err()).contains("--depth takes a number");
        assertThat(run("match", "--library", library.toString(), "--queries", queries.toString(), "--out",
                dir.resolve("r").toString(), "--train-queries", queries.toString()).err())
                .contains("both --train-queries and --train-qrels");
        var noClaim = write("bad.tsv", "id\ttext\n1\tx\n");
        var bad = run("match", "--library", noClaim.toString(), "--queries", queries.toString(), "--out",
                dir.resolve("r2").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("names no claim column");
        assertThat(dir.resolve("r")).doesNotExist();
        assertThat(dir.resolve("r2")).doesNotExist();
        // An endless file of no line breaks is refused at the line cap, not read into memory (issue 37).
        if (java.nio.file.Files.exists(Path.of("/dev/zero"))) {
            var endless = run("match", "--library", library.toString(), "--queries", "/dev/zero", "--out",
                    dir.resolve("r3").toString());
            assertThat(endless.code()).isEqualTo(1);
            assertThat(endless.err()).contains("/dev/zero line 1 starts a row longer than 1,000,000 characters");
            assertThat(dir.resolve("r3")).doesNotExist();
        }
    }
}
