package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.base.config.DataDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 35's attacks on the restore, as someone with a copy of a backup would try them: each is
 * refused before anything is written, or restored as inert text where it is a legal value; no code
 * from a backup ever runs (a marker file its payload would write never appears).
 */
class BackupAttackTest {

    @TempDir
    Path tmp;

    Path genuine;
    Path marker;

    @BeforeEach
    void aGenuineBackup() throws Exception {
        marker = tmp.resolve("code-ran");
        genuine = tmp.resolve("genuine.zip");
        try (var connection = GeneratedDesk.migratedH2(tmp.resolve("live"))) {
            GeneratedDesk.fill(connection, 35, 3);
            BackupWriter.write(connection, genuine);
        }
    }

    /** Restores into a fresh directory, expecting a refusal that says {@code expected}; nothing is left there. */
    private void refused(Path backup, String... expected) {
        var target = tmp.resolve("restored-" + backup.getFileName());
        var thrown = assertThatThrownBy(() -> Restore.intoH2(backup, target));
        for (var e : expected) {
            thrown.hasMessageContaining(e);
        }
        assertThat(DataDirectory.databaseFile(target)).doesNotExist();
        if (Files.exists(target)) {
            assertThat(target).isEmptyDirectory();
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void the_old_h2_format_and_a_pg_dump_archive_are_refused_with_what_to_do() throws Exception {
        var old = tmp.resolve("old.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(old))) {
            out.putNextEntry(new ZipEntry(DataDirectory.DATABASE_FILE));
            out.write("H2 database file".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        refused(old, "old format", "can carry code", "take a new backup");
        var dump = Files.write(tmp.resolve("desk.dump"), "PGDMP\u0001\u000e\u0000 and then a table of contents".getBytes(
                StandardCharsets.ISO_8859_1));
        refused(dump, "pg_dump archive", "restores only its own backups");
        refused(Files.writeString(tmp.resolve("script.zip"), "RUNSCRIPT FROM 'evil.sql';"), "not a Factdesk backup");
        refused(tmp.resolve("missing.zip"), "No backup file");
    }

    @Test
    void a_zip_with_sql_a_database_file_an_unknown_member_or_a_path_out_is_refused() throws Exception {
        refused(TamperedBackup.of(genuine).put("restore.sql", "CREATE ALIAS X AS $$ void x() {} $$;")
                .write(tmp.resolve("sql.zip")), "restore.sql", "does not list");
        refused(TamperedBackup.of(genuine).put("factdesk.mv.db", "H2").write(tmp.resolve("db.zip")), "old format");
        refused(TamperedBackup.of(genuine).put("../../escape.jsonl", "{}").write(tmp.resolve("escape.zip")),
                "../../escape.jsonl");
        assertThat(tmp.getParent().resolve("escape.jsonl")).doesNotExist();
        var missing = TamperedBackup.of(genuine);
        missing.members.remove("tables/claim.jsonl");
        refused(missing.write(tmp.resolve("missing-member.zip")), "lacks tables/claim.jsonl");
        refused(TamperedBackup.of(genuine).manifest(m -> ((ObjectNode) m.get("tables").get(0)).put("member",
                "../tables/x.jsonl")).write(tmp.resolve("member-path.zip")), "must be in");
    }

    @Test
    void a_member_larger_than_declared_or_changed_after_writing_is_refused() throws Exception {
        var claims = TamperedBackup.of(genuine);
        var extra = claims.text("tables/claim.jsonl") + claims.text("tables/claim.jsonl").lines().findFirst().orElseThrow()
                + "\n";
        refused(claims.put("tables/claim.jsonl", extra).write(tmp.resolve("larger.zip")), "tables/claim.jsonl",
                "manifest says");
        var edited = TamperedBackup.of(genuine);
        edited.put("tables/app_user.jsonl", edited.text("tables/app_user.jsonl").replace("\"VIEWER\"", "\"ADMIN\"")
                .replace("\"EDITOR\"", "\"ADMIN\"").replace("\"REVIEWER\"", "\"ADMIN\"").replace("ADMIN\"", "ADMIN\" "));
        edited.manifest(m -> {
            for (var t : m.get("tables")) {
                if (t.get("name").asString().equals("app_user")) {
                    ((ObjectNode) t).put("bytes", edited.members.get("tables/app_user.jsonl").length);
                }
            }
        });
        refused(edited.write(tmp.resolve("edited.zip")), "tables/app_user.jsonl", "SHA-256");
    }

    @Test
    void rows_that_do_not_fit_their_columns_are_refused_naming_the_member_and_the_row() throws Exception {
        var wrongType = TamperedBackup.of(genuine);
        var lines = wrongType.text("tables/claim.jsonl").lines().toList();
        var second = lines.get(1).replaceFirst("\"start_offset\":\\d+", "\"start_offset\":\"0; DROP TABLE claim\"");
        wrongType.put("tables/claim.jsonl", lines.get(0) + "\n" + second + "\n"
                + String.join("\n", lines.subList(2, lines.size())) + "\n").reseal();
        refused(wrongType.write(tmp.resolve("type.zip")), "tables/claim.jsonl, row 2", "start_offset",
                "whole number");

        var unknownColumn = TamperedBackup.of(genuine);
        unknownColumn.put("tables/system_flag.jsonl", unknownColumn.text("tables/system_flag.jsonl")
                .replaceFirst("\\{", "{\"trigger\":\"x\",")).reseal();
        refused(unknownColumn.write(tmp.resolve("column.zip")), "tables/system_flag.jsonl, row 1", "trigger");

        var notObject = TamperedBackup.of(genuine).put("tables/system_flag.jsonl", "CALL FILE_WRITE('x','y');\n").reseal();
        refused(notObject.write(tmp.resolve("not-json.zip")), "tables/system_flag.jsonl, row 1", "JSON");

        // A value the schema refuses (too long for its column): the database says no, the rows before it are undone.
        var tooLong = TamperedBackup.of(genuine);
        tooLong.put("tables/system_flag.jsonl", tooLong.text("tables/system_flag.jsonl")
                .replaceFirst("\"val\":\"[^\"]*\"", "\"val\":\"" + "x".repeat(5000) + "\"")).reseal();
        refused(tooLong.write(tmp.resolve("too-long.zip")), "tables/system_flag.jsonl, row 1", "refused by the database");
    }

    @Test
    void tables_and_versions_that_factdesk_s_schema_does_not_have_are_refused() throws Exception {
        var extraTable = TamperedBackup.of(genuine).put("tables/planted.jsonl", "{\"id\":1}\n").manifest(m -> {
            var table = m.putArray("tables").addObject();
            table.put("name", "planted").put("member", "tables/planted.jsonl").put("rows", 1).put("bytes", 0)
                    .put("sha256", "0".repeat(64));
            table.putArray("columns").addObject().put("name", "id").put("type", "INTEGER");
        });
        // A manifest that lists only the planted table: the schema's tables are missing and the planted one is unknown.
        extraTable.members.keySet().removeIf(m -> m.startsWith("tables/") && !m.equals("tables/planted.jsonl"));
        refused(extraTable.reseal().write(tmp.resolve("table.zip")), "planted");

        refused(TamperedBackup.of(genuine).manifest(m -> m.put("schemaVersion", "999")).write(tmp.resolve("newer.zip")),
                "newer Factdesk", "999");
        refused(TamperedBackup.of(genuine).manifest(m -> m.put("schemaVersion", "11.5")).write(tmp.resolve("odd.zip")),
                "no version of Factdesk's schema");
        refused(TamperedBackup.of(genuine).manifest(m -> m.put("formatVersion", 2)).write(tmp.resolve("format.zip")),
                "format version 2");
        refused(TamperedBackup.of(genuine).manifest(m -> m.put("schemaVersion", "12; DROP TABLE claim"))
                .write(tmp.resolve("version-sql.zip")), "no Flyway version");
    }

    /** Text that is SQL or an H2 function call is a legal value: it is restored as text and nothing runs. */
    @Test
    void text_that_is_sql_is_restored_as_inert_text() throws Exception {
        var payload = "CALL FILE_WRITE('owned', '" + marker + "'); '); DROP TABLE claim; --";
        var backup = TamperedBackup.of(genuine);
        backup.put("tables/system_flag.jsonl", backup.text("tables/system_flag.jsonl")
                .replaceFirst("\"val\":\"[^\"]*\"", "\"val\":\"" + payload.replace("'", "'") + "\"")).reseal();
        var restored = tmp.resolve("inert");
        Restore.intoH2(backup.write(tmp.resolve("inert.zip")), restored);
        try (var connection = DataDirectory.openIdle(restored); var statement = connection.createStatement();
                var rows = statement.executeQuery("select val from system_flag")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(payload);
            BackupTest.flag(connection, "a write after the restore");
            assertThat(BackupTest.count(connection, "select count(*) from claim")).isPositive();
        }
        assertThat(marker).doesNotExist();
    }

    /**
     * The second attack round's H2 payloads live in the schema, not in the rows: a CHECK constraint
     * that writes a file, a view in place of a table. A backup carries rows only, so the constraint
     * does not come back, and a table renamed out of the way is a table Factdesk's schema lacks.
     */
    @Test
    void code_planted_in_a_database_s_schema_never_reaches_a_restore() throws Exception {
        var planted = tmp.resolve("planted.zip");
        try (var connection = GeneratedDesk.migratedH2(tmp.resolve("planted"))) {
            GeneratedDesk.fill(connection, 3, 2);
            try (var statement = connection.createStatement()) {
                statement.execute("alter table claim_comment add constraint planted check (file_write('owned', '"
                        + marker + "') >= 0)");
                statement.executeUpdate("insert into claim_comment (id, claim_id, author, body, created_at)"
                        + " values (100000, 1, 'user1', 'proves the payload works', current_timestamp)");
            }
            assertThat(marker).exists();
            Files.delete(marker);
            BackupWriter.write(connection, planted);
        }
        var restored = tmp.resolve("from-planted");
        Restore.intoH2(planted, restored);
        try (var connection = DataDirectory.openIdle(restored); var statement = connection.createStatement()) {
            statement.executeUpdate("insert into claim_comment (claim_id, author, body, created_at)"
                    + " values (1, 'user1', 'a comment after the restore', current_timestamp)");
        }
        assertThat(marker).doesNotExist();

        var viewed = tmp.resolve("viewed.zip");
        try (var connection = GeneratedDesk.migratedH2(tmp.resolve("viewed")); var statement = connection.createStatement()) {
            statement.execute("alter table system_flag rename to system_flag_data");
            statement.execute("create view system_flag as select * from system_flag_data where file_write('owned', '"
                    + marker + "') >= 0");
            BackupWriter.write(connection, viewed);
        }
        refused(viewed, "system_flag_data");
    }
}
