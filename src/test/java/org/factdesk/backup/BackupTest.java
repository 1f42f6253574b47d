package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.base.config.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore on the embedded H2: the round trip, consistency under writers, and what is never overwritten. */
class BackupTest {

    @TempDir
    Path tmp;

    static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Property: any desk, backed up and restored, backs up again to the same rows. */
    @Test
    void random_desks_restore_to_the_same_rows_and_new_ids_follow_the_highest() throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            var first = tmp.resolve("desk-" + seed + ".zip");
            try (var connection = GeneratedDesk.migratedH2(tmp.resolve("live-" + seed))) {
                GeneratedDesk.fill(connection, seed, 1 + (int) (seed % 5));
                BackupWriter.write(connection, first);
            }
            var restored = tmp.resolve("restored-" + seed);
            var summary = Restore.intoH2(first, restored);
            assertThat(summary.claims()).as("seed " + seed).isPositive();
            var again = tmp.resolve("again-" + seed + ".zip");
            try (var connection = DataDirectory.openIdle(restored)) {
                BackupWriter.write(connection, again);
                long highest = count(connection, "select max(id) from claim_comment");
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("insert into claim_comment (claim_id, author, body, created_at)"
                            + " values (1, 'user1', 'after the restore', current_timestamp)");
                }
                assertThat(count(connection, "select max(id) from claim_comment")).isEqualTo(highest + 1);
            }
            assertThat(GeneratedDesk.canonical(again)).as("seed " + seed).isEqualTo(GeneratedDesk.canonical(first));
        }
    }

    @Test
    void the_manifest_says_what_the_backup_holds_and_no_member_is_sql() throws Exception {
        var backup = tmp.resolve("b.zip");
        try (var connection = GeneratedDesk.migratedH2(tmp.resolve("live"))) {
            GeneratedDesk.fill(connection, 7, 3);
            var manifest = BackupWriter.write(connection, backup);
            assertThat(manifest.format()).isEqualTo("factdesk-backup");
            assertThat(manifest.databaseKind()).isEqualTo("H2");
            assertThat(manifest.schemaVersion()).isEqualTo(String.valueOf(SchemaVersions.latest()));
            assertThat(manifest.tables()).extracting(Manifest.Table::name)
                    .contains("claim", "attribution", "evidence", "review", "app_user", "api_token", "match_vector")
                    .doesNotContain("flyway_schema_history");
            var claims = manifest.tables().stream().filter(t -> t.name().equals("claim")).findFirst().orElseThrow();
            assertThat(claims.rows()).isEqualTo(count(connection, "select count(*) from claim"));
        }
        var tampered = TamperedBackup.of(backup);
        assertThat(tampered.members.keySet()).allMatch(m -> m.equals("manifest.json") || m.matches("tables/[a-z_]+\\.jsonl"));
        assertThat(tampered.text("tables/match_vector.jsonl")).doesNotContain("insert").contains("\"vector\":\"");
        assertThat(tampered.text("tables/claim.jsonl").lines().findFirst().orElseThrow()).startsWith("{\"id\":1,");
    }

    @Test
    void a_backup_taken_while_writers_commit_holds_whole_transactions_only() throws Exception {
        try (var setup = GeneratedDesk.migratedH2(tmp.resolve("busy"))) {
            // the schema exists; writers use their own connections
        }
        var url = DataDirectory.jdbcUrl(tmp.resolve("busy"));
        var running = new AtomicBoolean(true);
        var writers = Executors.newFixedThreadPool(2);
        var written = new ArrayList<Future<Integer>>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            written.add(writers.submit(() -> {
                int n = 0;
                try (var connection = DriverManager.getConnection(url, "sa", "")) {
                    connection.setAutoCommit(false);
                    for (; running.get(); n++) {
                        flag(connection, "pair-" + writer + "-" + n + "-a");
                        flag(connection, "pair-" + writer + "-" + n + "-b");
                        connection.commit();
                    }
                }
                return n;
            }));
        }
        var backups = new ArrayList<Path>();
        try {
            Thread.sleep(300);
            for (int i = 0; i < 4; i++) {
                var backup = tmp.resolve("busy-" + i + ".zip");
                try (var connection = DriverManager.getConnection(url, "sa", "")) {
                    BackupWriter.write(connection, backup);
                }
                backups.add(backup);
            }
        } finally {
            running.set(false);
            writers.shutdown();
        }
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        for (var writer : written) {
            assertThat(writer.get()).as("transactions a writer committed").isPositive();
        }
        long previous = 0;
        for (var backup : backups) {
            var restored = tmp.resolve(backup.getFileName() + "-restored");
            Restore.intoH2(backup, restored);
            try (var connection = DataDirectory.openIdle(restored)) {
                long a = count(connection, "select count(*) from system_flag where name like 'pair-%-a'");
                long b = count(connection, "select count(*) from system_flag where name like 'pair-%-b'");
                assertThat(a).as("transactions in the backup").isPositive().isGreaterThanOrEqualTo(previous);
                assertThat(b).as("every transaction whole: as many second rows as first rows").isEqualTo(a);
                previous = a;
            }
        }
    }

    static void flag(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement(
                "insert into system_flag (name, val, set_at) values (?, 'x', current_timestamp)")) {
            statement.setString(1, name);
            statement.executeUpdate();
        }
    }

    @Test
    void a_restore_never_overwrites_an_existing_database() throws Exception {
        var backup = tmp.resolve("b.zip");
        try (var connection = GeneratedDesk.migratedH2(tmp.resolve("a"))) {
            BackupWriter.write(connection, backup);
        }
        try (var connection = GeneratedDesk.migratedH2(tmp.resolve("occupied"))) {
            flag(connection, "precious");
        }
        var before = Files.readAllBytes(DataDirectory.databaseFile(tmp.resolve("occupied")));
        assertThatThrownBy(() -> Restore.intoH2(backup, tmp.resolve("occupied")))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("already holds a database");
        assertThat(DataDirectory.databaseFile(tmp.resolve("occupied"))).hasBinaryContent(before);
    }

    /** A file created meanwhile is never replaced, and of two backups to one name one wins. */
    @Test
    void a_backup_never_replaces_a_file_and_two_backups_to_one_name_do_not_both_succeed() throws Exception {
        var target = tmp.resolve("race/backup.zip");
        try (var connection = GeneratedDesk.migratedH2(tmp.resolve("racing"))) {
            Files.createDirectories(target.getParent());
            Files.writeString(target, "someone else's file");
            assertThatThrownBy(() -> BackupWriter.write(connection, target)).hasMessageContaining("never replaces");
            assertThat(target).hasContent("someone else's file");
            Files.delete(target);
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try (var own = DataDirectory.openIdle(tmp.resolve("racing"))) {
                        BackupWriter.write(own, target);
                        return true;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (var result : results) {
                won += result.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        BackupArchive.verify(target);
        assertThat(target.getParent()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void what_an_interrupted_restore_left_is_removed_when_factdesk_starts_on_the_directory() throws Exception {
        var dataDir = Files.createDirectories(tmp.resolve("interrupted"));
        Files.createDirectories(dataDir.resolve(".factdesk-restore-123")).resolve("factdesk.mv.db").toFile().createNewFile();
        Files.writeString(dataDir.resolve("notes.txt"), "kept");
        DataDirectory.removeLeftovers(dataDir);
        assertThat(dataDir).isDirectoryNotContaining("glob:**/.factdesk-*");
        assertThat(dataDir.resolve("notes.txt")).exists();
    }

    @Test
    void a_database_without_factdesk_s_schema_has_no_backup() throws Exception {
        try (var connection = DriverManager.getConnection(DataDirectory.jdbcUrl(tmp.resolve("plain")), "sa", "")) {
            assertThatThrownBy(() -> BackupWriter.write(connection, tmp.resolve("plain.zip")))
                    .hasMessageContaining("no Factdesk schema");
        }
        assertThat(tmp.resolve("plain.zip")).doesNotExist();
        assertThat(tmp).isDirectoryNotContaining("glob:**.part");
    }

    /** A backup taken at an older schema is restored at that version, then migrated forward by Flyway. */
    @Test
    void a_backup_of_an_older_schema_is_restored_at_its_version_and_migrated_forward() throws Exception {
        var dir = tmp.resolve("older");
        org.flywaydb.core.Flyway.configure().dataSource(DataDirectory.jdbcUrl(dir), "sa", "")
                .locations(Restore.locations("h2")).target("11").load().migrate();
        var backup = tmp.resolve("v11.zip");
        try (var connection = DataDirectory.openIdle(dir); var statement = connection.createStatement()) {
            statement.executeUpdate("insert into document (title, current_revision, word_count, char_count, created_at,"
                    + " created_by, updated_at, version) values ('Older', 1, 1, 5, current_timestamp, 'x',"
                    + " current_timestamp, 0)");
            var manifest = BackupWriter.write(connection, backup);
            assertThat(manifest.schemaVersion()).isEqualTo("11");
            assertThat(manifest.tables()).extracting(Manifest.Table::name).doesNotContain("match_vector");
        }
        var restored = tmp.resolve("older-restored");
        assertThat(Restore.intoH2(backup, restored).documents()).isEqualTo(1);
        try (var connection = DataDirectory.openIdle(restored)) {
            assertThat(count(connection, "select count(*) from match_vector")).isZero();
            assertThat(count(connection, "select max(cast(\"version\" as int)) from \"flyway_schema_history\""))
                    .isEqualTo(SchemaVersions.latest());
        }
    }
}
