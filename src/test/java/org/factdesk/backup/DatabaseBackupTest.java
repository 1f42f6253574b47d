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
                .locations("classpath:db/migration").load().migrate();
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
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writers.submit(() -> {
                try (var connection = DriverManager.getConnection(url, "sa", "")) {
                    connection.setAutoCommit(false);
                    for (int n = 0; running.get(); n++) {
                        flag(connection, "pair-" + writer + "-" + n + "-a");
                        flag(connection, "pair-" + writer + "-" + n + "-b");
                        connection.commit();
                    }
                }
                return null;
            });
        }
        Thread.sleep(300);
        var backup = tmp.resolve("busy.zip");
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            DatabaseBackup.backup(connection, backup);
        }
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        DatabaseBackup.restore(backup, tmp.resolve("busy-restored"));
        try (var connection = DatabaseBackup.openIdle(tmp.resolve("busy-restored"))) {
            long a = flags(connection, "pair-%-a");
            long b = flags(connection, "pair-%-b");
            assertThat(a).as("transactions in the backup").isPositive();
            assertThat(b).as("every transaction whole: as many second rows as first rows").isEqualTo(a);
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
