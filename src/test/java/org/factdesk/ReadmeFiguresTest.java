package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The performance and quality figures of the README and docs/*.md are the benchmark's: each sentence
 * that quotes one is checked against the first row of that name in docs/bench-results.md (newest
 * first), as the README rounds it; that row's section names the commit it measured, and when the code
 * the figure measures has changed since that commit, the README says so beside the figure (issue 38).
 * A README edited by hand, a bench run that moved a figure without the README following, or a figure
 * older than the code it stands for without saying so, fails here.
 */
class ReadmeFiguresTest {

    /**
     * A figure in the README (the number is the regex's group 1), the row in the results it quotes, and
     * the code it measures (paths in the repository): a change there after the row's commit makes the
     * figure old, and the README then says beside it at which commit it was measured.
     */
    record Quote(String readme, String row, double scale, int decimals, List<String> measures) {
        Quote(String readme, String row, double scale, int decimals) {
            this(readme, row, scale, decimals, measured(row));
        }
    }

    /** What each kind of figure measures: the whole app for start-up and the browser, a feature's code otherwise. */
    static List<String> measured(String row) {
        if (row.startsWith("Reader") || row.startsWith("Everyday article") || row.startsWith("Start-up")) {
            return List.of("src/main", "frontend", "pom.xml");
        }
        if (row.startsWith("Attribution:") || row.startsWith("Suggestions") || row.startsWith("Check-worthiness")) {
            return List.of("src/main/java/org/factdesk/suggest", "src/main/resources/models");
        }
        if (row.startsWith("Backup") || row.startsWith("Restore")) {
            return List.of("src/main/java/org/factdesk/backup", "src/main/resources/db");
        }
        if (row.startsWith("Re-anchor") || row.startsWith("Attribution spans followed")) {
            return List.of("src/main/java/org/factdesk/anchoring");
        }
        if (row.startsWith("Already checked")) {
            return List.of("src/main/java/org/factdesk/match", "pom.xml");
        }
        throw new AssertionError("Say what the figure " + row + " measures");
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

    /**
     * Each quoted row names the commit it was measured at (in its section's heading, "at 1a2b3c4"), and
     * when the code the figure measures has changed since, the README says so beside the figure ("at
     * 1a2b3c4" in the same paragraph): a figure is never older than it admits.
     */
    @Test
    void every_quoted_figure_names_its_commit_and_an_old_one_says_so() throws Exception {
        // The age is read from git history: a source tree without it (an archive, a shallow clone) cannot say.
        String shallow;
        try {
            shallow = git("rev-parse", "--is-shallow-repository").strip();
        } catch (IOException e) {
            shallow = "no git: " + e.getMessage();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(shallow.equals("false"),
                "No full git history here (" + shallow + "): the README figures' age is not checked");
        var paragraphs = new ArrayList<String>();
        for (var file : documents()) {
            for (var paragraph : Files.readString(file).split("\\n\\s*\\n")) {
                paragraphs.add(paragraph.replaceAll("\\s+", " "));
            }
        }
        var results = Files.readString(Path.of("docs/bench-results.md"));
        var problems = new ArrayList<String>();
        for (var quote : QUOTES) {
            var commit = commitOf(results, quote.row());
            if (commit == null) {
                problems.add(quote.row() + ": its section names no commit");
                continue;
            }
            var known = git("cat-file", "-t", commit);
            if (!known.strip().equals("commit")) {
                problems.add(quote.row() + ": the commit " + commit + " is not in this repository's history");
                continue;
            }
            var args = new ArrayList<>(List.of("log", "--format=%h %s", commit + "..HEAD", "--"));
            args.addAll(quote.measures());
            var changes = git(args.toArray(String[]::new)).strip();
            if (changes.isEmpty()) {
                continue;
            }
            var pattern = Pattern.compile(quote.readme().replace("\\s+", " "));
            var beside = paragraphs.stream().filter(p -> pattern.matcher(p).find()).findFirst().orElse("");
            if (!beside.contains("at " + commit)) {
                problems.add(quote.row() + " was measured at " + commit + "; since then " + quote.measures()
                        + " changed in " + changes.lines().count() + " commits (newest: " + changes.lines().findFirst()
                        .orElse("") + "). Run its benchmark again, or say \"at " + commit + "\" beside the figure");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<Path> documents() throws IOException {
        var files = new ArrayList<Path>(List.of(Path.of("README.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("bench-results.md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** The commit named by the heading above the first row with this name ("at 1a2b3c4"), or null. */
    static @org.jspecify.annotations.Nullable String commitOf(String results, String name) {
        String commit = null;
        var at = Pattern.compile("\\bat ([0-9a-f]{7,40})\\b");
        for (var line : results.lines().toList()) {
            if (line.startsWith("## ") || line.startsWith("Generated ")) {
                var m = at.matcher(line);
                commit = m.find() ? m.group(1) : null;
            } else if (line.startsWith("| " + name + " |")) {
                return commit;
            }
        }
        throw new AssertionError("docs/bench-results.md has no row named " + name);
    }

    private static String git(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of("git"));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        return out;
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
