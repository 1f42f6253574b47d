package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Summit | The Ledger</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Biden offers Putin a summit",
              "datePublished":"2021-04-13T18:00:00Z","author":{"@type":"Person","name":"Ann Writer"},
              "url":"https://ledger.example/summit"}</script></head>
            <body><nav><a href="/">Home</a></nav><article>
            <p>The White House said Joe Biden offered Vladimir Putin a summit in a third country, in a call on Tuesday.</p>
            <p>Kiev accused Moscow of deploying more than 80,000 troops on the border, officials said on Wednesday.</p>
            </article></body></html>""";

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void help_lists_the_commands() {
        var run = run("help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("extract");
    }

    @Test
    void extract_prints_each_pages_article_as_json_keyed_by_file_name(@TempDir Path dir) throws Exception {
        var plain = dir.resolve("summit.html");
        Files.writeString(plain, PAGE);
        var zipped = dir.resolve("2a9f.html.gz");
        try (var gz = new GZIPOutputStream(Files.newOutputStream(zipped))) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }

        var run = run("extract", plain.toString(), zipped.toString());

        assertThat(run.code()).as(run.err()).isZero();
        var json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("summit", "2a9f");
        var page = json.get("summit");
        assertThat(page.get("articleBody").asString()).contains("more than 80,000 troops").doesNotContain("Home");
        assertThat(page.get("title").asString()).isEqualTo("Biden offers Putin a summit");
        assertThat(page.get("authors").get(0).asString()).isEqualTo("Ann Writer");
        assertThat(page.get("publishedAt").asString()).isEqualTo("2021-04-13");
        assertThat(page.get("url").asString()).isEqualTo("https://ledger.example/summit");
        assertThat(json.get("2a9f").get("articleBody").asString()).isEqualTo(page.get("articleBody").asString());
    }

    @Test
    void extract_reports_missing_and_wrong_files_and_still_prints_the_others(@TempDir Path dir) throws Exception {
        var plain = dir.resolve("ok.html");
        Files.writeString(plain, PAGE);
        var broken = dir.resolve("broken.html.gz");
        Files.writeString(broken, "not gzip at all");

        var run = run("extract", plain.toString(), dir.resolve("missing.html").toString(), broken.toString(), "notes.txt");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("missing.html: no such file").contains("broken.html.gz: The file is not valid gzip")
                .contains("notes.txt: not an .html");
        assertThat(JsonMapper.builder().build().readTree(run.out()).propertyNames()).containsExactly("ok");
    }

    @Test
    void extract_without_files_explains_its_usage() {
        var run = run("extract");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("Usage:");
    }

    @Test
    void suggest_writes_brat_standoff_with_code_point_offsets(@TempDir Path dir) throws Exception {
        var text = "\uD83D\uDE80 Kiev accused Moscow of deploying more than 80,000 troops.\n"
                + "Biden proposed a summit, the White House said.\n";
        var file = dir.resolve("article-1.txt");
        Files.writeString(file, text);
        var out = dir.resolve("ann");

        var run = run("suggest", "--format", "brat", "--out", out.toString(), file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        var ann = Files.readString(out.resolve("article-1.ann"));
        var cps = text.codePoints().toArray();
        var spans = new java.util.HashMap<String, String>();
        for (var line : ann.split("\n")) {
            var parts = line.split("\t");
            if (parts[0].startsWith("T")) {
                var range = parts[1].split(" ");
                int start = Integer.parseInt(range[1]);
                int end = Integer.parseInt(range[2]);
                assertThat(new String(cps, start, end - start)).isEqualTo(parts[2]);
                spans.put(parts[0], range[0] + ":" + parts[2]);
            }
        }
        assertThat(spans.values()).contains("Source:Kiev", "Cue:accused", "Source:the White House", "Cue:said",
                "Content:Biden proposed a summit");
        assertThat(ann).containsPattern("E1\tAttribution:T\\d+ Source:T\\d+ Cue:T\\d+ Content:T\\d+");
    }

    @Test
    void suggest_scores_every_row_of_a_checkworthiness_csv(@TempDir Path dir) throws Exception {
        var csv = dir.resolve("debate.csv");
        Files.writeString(csv, "line_number,speaker,text,label,file_name\n"
                + "1,MODERATOR,\"Good evening, and welcome.\",0,debate.tsv\n"
                + "2,CANDIDATE,\"Unemployment doubled to 10 percent, the highest in 30 years.\",1,debate.tsv\n");

        var run = run("suggest", "--format", "checkworthiness", csv.toString());

        assertThat(run.code()).as(run.err()).isZero();
        var lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("debate.tsv\t1\t");
        assertThat(lines[1]).startsWith("debate.tsv\t2\t");
        double first = Double.parseDouble(lines[0].split("\t")[2]);
        double second = Double.parseDouble(lines[1].split("\t")[2]);
        assertThat(second).isGreaterThan(first).isBetween(0.0, 1.0);
    }

    @Test
    void suggest_refuses_an_unknown_format_and_brat_without_an_output_folder(@TempDir Path dir) throws Exception {
        var file = dir.resolve("a.txt");
        Files.writeString(file, "Someone said something.");
        assertThat(run("suggest", "--format", "xml", file.toString()).err()).contains("Unknown format");
        assertThat(run("suggest", "--format", "brat", file.toString()).err()).contains("--out");
    }

    @Test
    void backup_and_restore_round_trip_a_database_that_no_app_holds(@TempDir Path dir) throws Exception {
        var live = dir.resolve("live");
        migrated(live);
        var zip = dir.resolve("nightly.zip");
        var backup = run("backup", "--to", zip.toString(), "--data-dir", live.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backup written to").contains("0 documents, 0 claims");

        var again = run("backup", "--to", zip.toString(), "--data-dir", live.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("never overwrites");

        var restore = run("restore", "--from", zip.toString(), "--data-dir", dir.resolve("new").toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored").contains("0 claims");

        var twice = run("restore", "--from", zip.toString(), "--data-dir", dir.resolve("new").toString());
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("already holds a database");
    }

    @Test
    void backup_and_restore_explain_what_is_missing(@TempDir Path dir) {
        assertThat(run("backup").err()).contains("--to FILE.zip");
        assertThat(run("restore").err()).contains("--from FILE.zip");
        var nothing = run("backup", "--to", dir.resolve("b.zip").toString(), "--data-dir", dir.resolve("none").toString());
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(nothing.err()).contains("There is no Factdesk database");
    }

    @Test
    void restore_names_no_account_for_postgresql_and_refuses_a_database_dump(@TempDir Path dir) throws Exception {
        var live = dir.resolve("live");
        migrated(live);
        var zip = dir.resolve("desk.zip");
        assertThat(run("backup", "--to", zip.toString(), "--data-dir", live.toString()).code()).isZero();
        var noUser = run("restore", "--from", zip.toString(), "--db-url", "jdbc:postgresql://127.0.0.1:5432/desk");
        assertThat(noUser.code()).isEqualTo(2);
        assertThat(noUser.err()).contains("--db-user").contains("Usage:");

        var dump = Files.write(dir.resolve("desk.dump"), "PGDMP and a table of contents".getBytes(StandardCharsets.US_ASCII));
        var refused = run("restore", "--from", dump.toString(), "--data-dir", dir.resolve("new").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("pg_dump archive").contains("restores only its own backups");
        assertThat(dir.resolve("new").resolve("factdesk.mv.db")).doesNotExist();
    }

    /** A data directory with Factdesk's schema and nothing else, as a first start leaves it before the sample data. */
    private static void migrated(Path dataDir) {
        org.flywaydb.core.Flyway.configure().dataSource(org.factdesk.base.config.DataDirectory.jdbcUrl(dataDir), "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
    }
}
