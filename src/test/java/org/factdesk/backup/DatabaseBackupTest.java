package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.base.config.DataDirectory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupTest {

    @TempDir
    Path tmp;

    private Connection migrated(Path dataDir) throws SQLException {
        Flyway.configure().dataSource(DataDirectory.jdbcUrl(dataDir), "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
        return DriverManager.getConnection(DataDirectory.jdbcUrl(dataDir), "sa", "");
    }

    private static void flag(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement(
                "insert into system_flag (name, val, set_at) values (?, 'x', current_timestamp)")) {
            statement.setString(1, name);
            statement.executeUpdate();
        }
    }

    private static long flags(Connection connection, String like) throws SQLException {
        try (var statement = connection.prepareStatement("select count(*) from system_flag where name like ?")) {
            statement.setString(1, like);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void a_backup_restored_into_an_empty_directory_holds_the_same_data() throws Exception {
        var backup = tmp.resolve("backups/one.zip");
        DatabaseBackup.Summary before;
        try (var connection = migrated(tmp.resolve("live"))) {
            flag(connection, "kept-1");
            flag(connection, "kept-2");
            try (var statement = connection.createStatement()) {
                statement.execute("insert into app_user (username, display_name, password_hash, role, active, created_at,"
                        + " version) values ('planted-admin', 'Planted', 'x', 'ADMIN', true, current_timestamp, 0),"
                        + " ('retired-admin', 'Retired', 'x', 'ADMIN', false, current_timestamp, 0)");
            }
            DatabaseBackup.backup(connection, backup);
            before = DatabaseBackup.summarize(connection);
            flag(connection, "after-the-backup");
        }
        assertThat(backup).isRegularFile();
        assertThat(backup.getParent()).isDirectoryNotContaining("glob:**.part");

        var restored = tmp.resolve("restored");
        DatabaseBackup.restore(backup, restored);
        try (var connection = DatabaseBackup.openIdle(restored)) {
            assertThat(DatabaseBackup.summarize(connection)).isEqualTo(before);
            // A restore says who may administer what it restored.
            assertThat(before.activeAdmins()).containsExactly("planted-admin");
            assertThat(before.toString()).contains("active admins: planted-admin");
            assertThat(flags(connection, "kept-%")).isEqualTo(2);
            assertThat(flags(connection, "after-%")).isZero();
        }
    }

    @Test
    void a_backup_taken_while_writers_commit_holds_whole_transactions_only() throws Exception {
        try (var setup = migrated(tmp.resolve("busy"))) {
            // the schema exists; writers use their own connections
        }
        var url = DataDirectory.jdbcUrl(tmp.resolve("busy"));
        var running = new AtomicBoolean(true);
        var writers = Executors.newFixedThreadPool(2);
        var written = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
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
        // Several backups while both writers commit: a copy of the live file (H2's BACKUP TO) held the
        // first row of a transaction without its second about once in thirty runs of one backup.
        var backups = new java.util.ArrayList<java.nio.file.Path>();
        try {
            Thread.sleep(300);
            for (int i = 0; i < 4; i++) {
                var backup = tmp.resolve("busy-" + i + ".zip");
                try (var connection = DriverManager.getConnection(url, "sa", "")) {
                    DatabaseBackup.backup(connection, backup);
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
            DatabaseBackup.restore(backup, restored);
            try (var connection = DatabaseBackup.openIdle(restored)) {
                long a = flags(connection, "pair-%-a");
                long b = flags(connection, "pair-%-b");
                assertThat(a).as("transactions in the backup").isPositive().isGreaterThanOrEqualTo(previous);
                assertThat(b).as("every transaction whole: as many second rows as first rows").isEqualTo(a);
                previous = a;
            }
        }
    }

    @Test
    void a_restore_never_overwrites_an_existing_database() throws Exception {
        var backup = tmp.resolve("b.zip");
        try (var connection = migrated(tmp.resolve("a"))) {
            DatabaseBackup.backup(connection, backup);
        }
        try (var connection = migrated(tmp.resolve("occupied"))) {
            flag(connection, "precious");
        }
        var before = Files.readAllBytes(DataDirectory.databaseFile(tmp.resolve("occupied")));
        assertThatThrownBy(() -> DatabaseBackup.restore(backup, tmp.resolve("occupied")))
                .isInstanceOf(IOException.class).hasMessageContaining("already holds a database");
        assertThat(DataDirectory.databaseFile(tmp.resolve("occupied"))).hasBinaryContent(before);
    }

    @Test
    void files_that_are_not_factdesk_backups_are_refused_and_leave_nothing_behind() throws Exception {
        var notZip = tmp.resolve("notes.zip");
        Files.writeString(notZip, "hello");
        assertThatThrownBy(() -> DatabaseBackup.restore(notZip, tmp.resolve("x")))
                .hasMessageContaining("not a Factdesk backup");

        var otherZip = tmp.resolve("other.zip");
        zip(otherZip, "../../escape.mv.db", "data".getBytes());
        assertThatThrownBy(() -> DatabaseBackup.restore(otherZip, tmp.resolve("x")))
                .hasMessageContaining("holds no factdesk.mv.db");
        assertThat(tmp.getParent().resolve("escape.mv.db")).doesNotExist();

        var garbage = tmp.resolve("garbage.zip");
        zip(garbage, "factdesk.mv.db", "this is not an H2 database".repeat(100).getBytes());
        assertThatThrownBy(() -> DatabaseBackup.restore(garbage, tmp.resolve("y")))
                .isInstanceOf(SQLException.class).hasMessageContaining("does not hold a readable Factdesk database");
        assertThat(DataDirectory.databaseFile(tmp.resolve("y"))).doesNotExist();

        assertThatThrownBy(() -> DatabaseBackup.restore(tmp.resolve("missing.zip"), tmp.resolve("z")))
                .hasMessageContaining("No backup file");
    }

    @Test
    void an_empty_h2_database_is_not_taken_for_a_factdesk_one() throws Exception {
        var backup = tmp.resolve("plain.zip");
        try (var connection = DriverManager.getConnection(DataDirectory.jdbcUrl(tmp.resolve("plain")), "sa", "")) {
            DatabaseBackup.backup(connection, backup);
        }
        assertThatThrownBy(() -> DatabaseBackup.restore(backup, tmp.resolve("p")))
                .hasMessageContaining("no Factdesk schema");
        assertThat(DataDirectory.databaseFile(tmp.resolve("p"))).doesNotExist();
    }

    /**
     * Issue 16, finding 1: an H2 database file can carry Java source (a trigger, an alias) that H2
     * compiles and runs when the database is opened. A backup carrying any is refused before it is
     * opened, and the code never runs: not on restore, and there is nothing left to start on.
     */
    @Test
    void a_backup_that_carries_code_is_refused_and_the_code_never_runs() throws Exception {
        var marker = tmp.resolve("code-ran");
        var backup = tmp.resolve("tampered.zip");
        var source = "org.h2.api.Trigger create() { try { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + marker.toString().replace("\\", "\\\\") + "\"), \"ran\"); } catch (Exception e) { }"
                + " return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) { } }; }";
        try (var connection = migrated(tmp.resolve("tampered"))) {
            try (var statement = connection.createStatement()) {
                statement.execute("create trigger planted before insert on system_flag for each row as $$" + source + "$$");
            }
            // Creating it ran it once: the marker proves the payload works.
            assertThat(marker).exists();
            DatabaseBackup.backup(connection, backup);
        }
        Files.delete(marker);
        // H2 runs it again whenever it opens the file; the original is opened and closed here once more to be sure.
        try (var connection = DatabaseBackup.openIdle(tmp.resolve("tampered"))) {
            assertThat(marker).exists();
        }
        Files.delete(marker);

        var restored = tmp.resolve("restored-tampered");
        assertThatThrownBy(() -> DatabaseBackup.restore(backup, restored))
                .hasMessageContaining("carries code").hasMessageContaining("PLANTED");
        assertThat(marker).doesNotExist();
        assertThat(DataDirectory.databaseFile(restored)).doesNotExist();
        assertThat(restored).isDirectoryNotContaining("glob:**.part").isDirectoryNotContaining("glob:**.sql");
    }

    /** A zip that unpacks to far more than any database it could hold is refused before it fills the disk. */
    @Test
    void a_backup_that_unpacks_out_of_all_proportion_is_refused() throws Exception {
        var bomb = tmp.resolve("bomb.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry(DataDirectory.DATABASE_FILE));
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 600; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);
        var restored = tmp.resolve("restored-bomb");
        assertThatThrownBy(() -> DatabaseBackup.restore(bomb, restored)).hasMessageContaining("unpacks to more than");
        assertThat(DataDirectory.databaseFile(restored)).doesNotExist();
        assertThat(restored).isDirectoryNotContaining("glob:**.part");
    }

    /** Issue 16, finding 7: a file created meanwhile is never replaced, and of two backups to one name one wins. */
    @Test
    void a_backup_never_replaces_a_file_and_two_backups_to_one_name_do_not_both_succeed() throws Exception {
        var target = tmp.resolve("race/backup.zip");
        try (var connection = migrated(tmp.resolve("racing"))) {
            Files.createDirectories(target.getParent());
            Files.writeString(target, "someone else's file");
            assertThatThrownBy(() -> DatabaseBackup.backup(connection, target)).hasMessageContaining("never replaces");
            assertThat(target).hasContent("someone else's file");
            Files.delete(target);

            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var start = new java.util.concurrent.CountDownLatch(1);
                var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
                for (int i = 0; i < 2; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        try (var own = DatabaseBackup.openIdle(tmp.resolve("racing"))) {
                            DatabaseBackup.backup(own, target);
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
        }
        DatabaseBackup.verify(target);
        assertThat(target.getParent()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void what_an_interrupted_restore_left_is_removed_when_factdesk_starts_on_the_directory() throws Exception {
        var dataDir = Files.createDirectories(tmp.resolve("interrupted"));
        Files.writeString(dataDir.resolve(".factdesk-restore-123.part"), "half a database");
        Files.createDirectories(dataDir.resolve(".factdesk-check-456")).resolve("check.h2.sql").toFile().createNewFile();
        Files.writeString(dataDir.resolve("notes.txt"), "kept");
        DataDirectory.removeLeftovers(dataDir);
        assertThat(dataDir).isDirectoryNotContaining("glob:**/.factdesk-*");
        assertThat(dataDir.resolve("notes.txt")).exists();
    }

    @Test
    void opening_a_directory_without_a_database_says_so() {
        assertThatThrownBy(() -> DatabaseBackup.openIdle(tmp.resolve("nothing")))
                .hasMessageContaining("There is no Factdesk database");
    }

    private static void zip(Path file, String entry, byte[] content) throws IOException {
        try (var out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
    }
}
