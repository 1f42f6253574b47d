package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The performance and quality figures of the README and docs/*.md are the benchmark's: each sentence that quotes one is checked
 * against the first row of that name in docs/bench-results.md (the newest run is at the top), as
 * the README rounds it. A README edited by hand, or a bench run that moved a figure without the
 * README following, fails here.
 */
class ReadmeFiguresTest {

    /** A figure in the README (the number is the regex's group 1) and the row in the results it quotes. */
    record Quote(String readme, String row, double scale, int decimals) {
    }

    static final List<Quote> QUOTES = List.of(
            new Quote("is ready to work on in ([0-9.]+) s", "Reader: 100000 words, 2000 claims", 1e-3, 2),
            new Quote("([0-9.]+) times the time without highlights",
                    "Reader with 2000 claims / without highlights: 100000 words", 1, 2),
            new Quote("is on screen in ([0-9.]+) s on a first visit",
                    "Everyday article (2000 words, 40 claims): first visit, cold cache", 1e-3, 2),
            new Quote("on a first visit \\(empty cache\\) and ([0-9.]+) s after",
                    "Everyday article (2000 words, 40 claims): full load, warm cache", 1e-3, 2),
            new Quote("ready for claims at ([0-9.]+) s and",
                    "Everyday article (2000 words, 40 claims): first visit, cold cache, reader ready", 1e-3, 2),
            new Quote("ready for claims at [0-9.]+ s and ([0-9.]+) s",
                    "Everyday article (2000 words, 40 claims): full load, warm cache, reader ready", 1e-3, 2),
            new Quote("on 100,000 claims in ([0-9.]+) s", "Start-up to serving (100k claims in the database)", 1e-3,
                    1),
            new Quote("on 100,000 claims in [0-9.]+ s\\s+instead of ([0-9.]+) s",
                    "Start-up to serving with java -jar (100k claims)", 1e-3, 1),
            new Quote("\\(source\\+cue\\+content\\) F1 ([0-9.]+)",
                    "Attribution: whole-attribution F1, untouched publishers", 1, 2),
            new Quote("\\(source\\+cue\\+content\\) F1 [0-9.]+ and cue F1 ([0-9.]+)",
                    "Attribution: cue F1 (span overlap), untouched publishers", 1, 2),
            new Quote("suggestions for 10,000 words in ([0-9.]+) ms", "Suggestions for a 10,000-word article", 1, 0),
            new Quote("MAP ([0-9.]+) on the newest six", "Check-worthiness MAP, time split: the newest 6 debates", 1, 3),
            new Quote("a backup takes ([0-9.]+) s and makes", "Backup of 100k claims", 1e-3, 1),
            new Quote("makes a file of ([0-9.]+) MB on H2", "Backup of 100k claims: file size", 1, 1),
            new Quote("MB on H2 \\(([0-9.]+) s on PostgreSQL\\)", "Backup of 100k claims — PostgreSQL", 1e-3, 1),
            new Quote("a restore takes ([0-9.]+) s into H2", "Restore of 100k claims", 1e-3, 1),
            new Quote("s into H2 \\(([0-9.]+) s into PostgreSQL", "Restore of 100k claims — PostgreSQL", 1e-3, 1),
            new Quote("after a paragraph move takes ([0-9.]+) s",
                    "Re-anchor 2300 claims and 4000 attribution spans after an edit (100k words)", 1e-3, 2),
            new Quote("a badge is right \\*\\*([0-9.]+)\\*\\* of the time", "Already checked badge: precision on dev", 1,
                    3),
            new Quote("it scores \\*\\*MAP@5 ([0-9.]+)\\*\\*", "Already checked? MAP@5 on dev (BM25 + sentence encoder)", 1, 3),
            new Quote("and ([0-9.]+)% of those whose words survived",
                    "Attribution spans followed unflagged after an edit, untouched publishers", 100, 1));

    @Test
    void every_quoted_figure_is_the_latest_benchmark_row() throws IOException {
        // The README and the documents it links to (docs/*.md but the results themselves).
        var text = new StringBuilder(Files.readString(Path.of("README.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            for (var doc : docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("bench-results.md")).sorted().toList()) {
                text.append('\n').append(Files.readString(doc));
            }
        }
        var readme = text.toString().replaceAll("\\s+", " ");
        var results = Files.readString(Path.of("docs/bench-results.md"));
        for (var quote : QUOTES) {
            var m = Pattern.compile(quote.readme().replace("\\s+", " ")).matcher(readme);
            assertThat(m.find()).as("the README quotes: " + quote.readme()).isTrue();
            var row = row(results, quote.row());
            var expected = String.format(Locale.ROOT, "%." + quote.decimals() + "f", row * quote.scale());
            assertThat(m.group(1)).as(quote.row()).isEqualTo(expected);
        }
    }

    /** The median of the first row with exactly this name: "| name | samples? | median unit | ...". */
    static double row(String results, String name) {
        for (var line : results.lines().toList()) {
            if (line.startsWith("| " + name + " |")) {
                var cells = line.split("\\|");
                // With a Samples column the median is the third cell, without it the second.
                for (int i = 2; i < cells.length; i++) {
                    var cell = cells[i].strip();
                    var number = Pattern.compile("^([0-9.]+) (ms|x|ratio|s|F1|MAP|MAP@5|MB|share|spans)$").matcher(cell);
                    if (number.find()) {
                        return Double.parseDouble(number.group(1));
                    }
                }
                throw new AssertionError("No median in the row " + line);
            }
        }
        throw new AssertionError("docs/bench-results.md has no row named " + name);
    }
}
