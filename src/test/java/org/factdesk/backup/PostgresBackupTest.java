package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore on a real PostgreSQL server with its own pg_dump and pg_restore. Runs whenever
 * a server answers (and must under {@code CI=true}); skipped with a message elsewhere.
 */
class PostgresBackupTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsPostgres() {
        Assumptions.assumeTrue(PostgresTestDatabase.reachable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No PostgreSQL server answers at " + PostgresTestDatabase.serverUrl()
                        + ": the pg_dump/pg_restore tests are skipped (set FACTDESK_TEST_PG_URL to run them)");
    }

    private static PostgresBackup.Database database(String url) {
        return PostgresBackup.Database.of(url, PostgresTestDatabase.user(), "");
    }

    /** A fresh database with Factdesk's schema, as the app's own Flyway run leaves it. */
    private static String migrated() {
        var url = PostgresTestDatabase.create();
        Flyway.configure().dataSource(url, PostgresTestDatabase.user(), "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
        return url;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, PostgresTestDatabase.user(), "");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (var connection = connect(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> column(String url, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var connection = connect(url); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void flag(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement(
                "insert into system_flag (name, val, set_at) values (?, 'x', current_timestamp)")) {
            statement.setString(1, name);
            statement.executeUpdate();
        }
    }

    @Test
    void a_dump_taken_while_writers_write_restores_whole_into_an_empty_database() throws Exception {
        var live = migrated();
        execute(live, "insert into app_user (username, display_name, password_hash, role, active, created_at, version)"
                + " values ('planted-admin', 'Planted', 'x', 'ADMIN', true, current_timestamp, 0)");
        try (var connection = connect(live)) {
            flag(connection, "kept-1");
        }
        // A writer commits pairs of rows in one transaction while the dump runs: the dump holds both or neither.
        var stop = new AtomicBoolean();
        var writer = Executors.newSingleThreadExecutor();
        var written = writer.submit(() -> {
            int n = 0;
            try (var connection = connect(live)) {
                connection.setAutoCommit(false);
                while (!stop.get()) {
                    n++;
                    flag(connection, "busy-" + n + "-a");
                    flag(connection, "busy-" + n + "-b");
                    connection.commit();
                }
            }
            return n;
        });
        Thread.sleep(200);
        var dump = tmp.resolve("backups/live.dump");
        PostgresBackup.backup(database(live), dump);
        stop.set(true);
        int pairs = written.get(30, TimeUnit.SECONDS);
        writer.shutdown();
        assertThat(pairs).as("transactions committed around the dump").isPositive();
        assertThat(Files.readAllBytes(dump)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));
        assertThat(dump.getParent()).isDirectoryNotContaining("glob:**.part");

        var restored = PostgresTestDatabase.create();
        PostgresBackup.restore(dump, database(restored));

        var summary = PostgresBackup.summarize(database(restored));
        assertThat(summary.activeAdmins()).containsExactly("planted-admin");
        var flags = column(restored, "select name from system_flag where name like 'busy-%' order by name");
        assertThat(flags).as("busy rows in the backup come in whole pairs").hasSizeLessThanOrEqualTo(2 * pairs);
        assertThat(flags.stream().filter(f -> f.endsWith("-a")).count())
                .isEqualTo(flags.stream().filter(f -> f.endsWith("-b")).count());
        for (var f : flags) {
            assertThat(flags).contains(f.substring(0, f.length() - 1) + (f.endsWith("a") ? "b" : "a"));
        }
        assertThat(column(restored, "select name from system_flag where name = 'kept-1'")).hasSize(1);
        // The same schema (Flyway agrees it is up to date and unchanged), and the sequences go on after the restored rows.
        assertThat(column(restored, "select version || ':' || checksum from flyway_schema_history order by installed_rank"))
                .isEqualTo(column(live, "select version || ':' || checksum from flyway_schema_history order by installed_rank"));
        Flyway.configure().dataSource(restored, PostgresTestDatabase.user(), "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().validate();
        execute(restored, "insert into app_user (username, display_name, password_hash, role, active, created_at, version)"
                + " values ('after-restore', 'After', 'x', 'VIEWER', true, current_timestamp, 0)");
        assertThat(column(restored, "select count(distinct id) from app_user")).containsExactly(
                String.valueOf(summary.users() + 1));
    }

    @Test
    void a_restore_never_writes_into_a_database_that_holds_tables() throws Exception {
        var live = migrated();
        var dump = tmp.resolve("live.dump");
        PostgresBackup.backup(database(live), dump);

        var occupied = PostgresTestDatabase.create();
        execute(occupied, "create table notes (id int primary key, body text); insert into notes values (1, 'mine')");
        assertThatThrownBy(() -> PostgresBackup.restore(dump, database(occupied)))
                .isInstanceOf(IOException.class).hasMessageContaining("already holds tables")
                .hasMessageContaining("public.notes").hasMessageContaining("never overwrites");
        assertThat(column(occupied, "select table_name from information_schema.tables where table_schema = 'public'"))
                .containsExactly("notes");
        assertThat(column(occupied, "select body from notes")).containsExactly("mine");
    }

    @Test
    void a_backup_never_replaces_a_file() throws Exception {
        var live = migrated();
        var dump = tmp.resolve("live.dump");
        Files.writeString(dump, "someone's file");
        assertThatThrownBy(() -> PostgresBackup.backup(database(live), dump)).isInstanceOf(IOException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(dump)).isEqualTo("someone's file");
        assertThat(tmp).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void a_dump_that_defines_code_is_refused_and_nothing_is_restored() throws Exception {
        var live = migrated();
        execute(live, "create function planted() returns trigger language plpgsql as"
                + " 'begin update app_user set role = ''ADMIN''; return new; end'");
        execute(live, "create trigger planted after insert on claim for each row execute function planted()");
        var dump = tmp.resolve("planted.dump");
        PostgresBackup.backup(database(live), dump);

        var target = PostgresTestDatabase.create();
        assertThatThrownBy(() -> PostgresBackup.restore(dump, database(target))).isInstanceOf(IOException.class)
                .hasMessageContaining("FUNCTION public planted()").hasMessageContaining("TRIGGER public claim planted")
                .hasMessageContaining("Nothing was restored");
        assertThat(column(target, "select table_name from information_schema.tables where table_schema = 'public'"))
                .isEmpty();
    }

    @Test
    void files_that_are_not_factdesk_dumps_are_refused_with_a_reason() throws Exception {
        var garbage = tmp.resolve("garbage.dump");
        Files.writeString(garbage, "PGDMP but not really a dump");
        var target = PostgresTestDatabase.create();
        assertThatThrownBy(() -> PostgresBackup.restore(garbage, database(target))).isInstanceOf(IOException.class)
                .hasMessageContaining("garbage.dump is not a PostgreSQL dump that pg_restore can read");

        var other = PostgresTestDatabase.create();
        execute(other, "create table invoices (id int primary key)");
        var foreign = tmp.resolve("foreign.dump");
        assertThatThrownBy(() -> PostgresBackup.backup(database(other), foreign)).isInstanceOf(IOException.class)
                .hasMessageContaining("not of a Factdesk database");
        assertThat(foreign).doesNotExist();

        assertThatThrownBy(() -> PostgresBackup.restore(tmp.resolve("missing.dump"), database(target)))
                .isInstanceOf(IOException.class).hasMessageContaining("No backup file at");
        assertThat(column(target, "select table_name from information_schema.tables where table_schema = 'public'"))
                .isEmpty();
    }

    @Test
    void the_command_line_says_it_uses_pg_dump_and_pg_restore_and_restores_a_working_database() throws Exception {
        var live = migrated();
        execute(live, "insert into system_flag (name, val, set_at) values ('from-the-cli', 'x', current_timestamp)");
        var dump = tmp.resolve("cli.dump");
        var backup = cli("backup", "--to", dump.toString(), "--db-url", live, "--db-user", PostgresTestDatabase.user());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("with pg_dump").contains("Backup written to").contains("0 documents, 0 claims");

        var zipTarget = cli("restore", "--from", dump.toString(), "--data-dir", tmp.resolve("h2").toString());
        assertThat(zipTarget.code()).isEqualTo(2);
        assertThat(zipTarget.err()).contains("is a PostgreSQL backup (pg_dump)").contains("--db-url");
        assertThat(tmp.resolve("h2")).doesNotExist();

        var target = PostgresTestDatabase.create();
        var restore = cli("restore", "--from", dump.toString(), "--db-url", target, "--db-user",
                PostgresTestDatabase.user());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("with pg_restore (one transaction)").contains("Restored")
                .contains("active admins: none").contains("FACTDESK_DB_URL=" + target);
        assertThat(column(target, "select name from system_flag where name = 'from-the-cli'")).hasSize(1);

        var again = cli("restore", "--from", dump.toString(), "--db-url", target, "--db-user",
                PostgresTestDatabase.user());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already holds tables");
    }

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var run = org.factdesk.cli.CliAccess.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(run, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
