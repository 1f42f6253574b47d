package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.factdesk.base.config.DataDirectory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same backup format on a real PostgreSQL server: the move from H2 to PostgreSQL and back, a
 * backup under writers, and the restore's refusals (a superuser, a database that is not empty, a
 * pg_dump archive). Runs whenever a server answers (and must under {@code CI=true}); skipped with a
 * message elsewhere.
 */
class PostgresBackupTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsPostgres() {
        Assumptions.assumeTrue(PostgresTestDatabase.reachable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "No PostgreSQL server answers at " + PostgresTestDatabase.serverUrl()
                        + ": the PostgreSQL backup tests are skipped (set FACTDESK_TEST_PG_URL to run them)");
    }

    /** A new empty database, owned by an account that is no superuser, and that account. */
    static PostgresDatabase empty() {
        return PostgresDatabase.of(PostgresTestDatabase.createOwnedBy(PostgresTestDatabase.RESTORER),
                PostgresTestDatabase.RESTORER, "");
    }

    private static PostgresDatabase asTestUser(String url) {
        return PostgresDatabase.of(url, PostgresTestDatabase.user(), "");
    }

    private static List<String> column(PostgresDatabase database, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void a_desk_moves_from_h2_to_postgresql_and_back_without_loss() throws Exception {
        for (long seed = 101; seed <= 103; seed++) {
            var fromH2 = tmp.resolve("h2-" + seed + ".zip");
            try (var connection = GeneratedDesk.migratedH2(tmp.resolve("h2-" + seed))) {
                GeneratedDesk.fill(connection, seed, 4);
                BackupWriter.write(connection, fromH2);
            }
            var postgres = empty();
            var summary = Restore.intoPostgres(fromH2, postgres, false);
            assertThat(summary.claims()).isPositive();
            var fromPostgres = tmp.resolve("pg-" + seed + ".zip");
            try (var connection = postgres.connect()) {
                assertThat(BackupWriter.write(connection, fromPostgres).databaseKind()).isEqualTo("PostgreSQL");
                // the identities go on past the restored rows
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("insert into claim_comment (claim_id, author, body, created_at)"
                            + " values (1, 'user1', 'after', current_timestamp)");
                }
            }
            assertThat(column(postgres, "select count(distinct id) from claim_comment"))
                    .containsExactly(String.valueOf(summary.claims() + 1));
            Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.user(), "").locations(Restore.locations("postgresql"))
                    .load().validate();
            var backToH2 = tmp.resolve("back-" + seed);
            Restore.intoH2(fromPostgres, backToH2);
            var again = tmp.resolve("again-" + seed + ".zip");
            try (var connection = DataDirectory.openIdle(backToH2)) {
                BackupWriter.write(connection, again);
            }
            var original = GeneratedDesk.canonical(fromH2);
            assertThat(GeneratedDesk.canonical(fromPostgres)).as("seed " + seed + ", H2 -> PostgreSQL").isEqualTo(original);
            assertThat(GeneratedDesk.canonical(again)).as("seed " + seed + ", -> H2 again").isEqualTo(original);
        }
    }

    @Test
    void a_backup_taken_while_a_writer_commits_holds_whole_transactions_only() throws Exception {
        var live = PostgresTestDatabase.create();
        Flyway.configure().dataSource(live, PostgresTestDatabase.user(), "").locations(Restore.locations("postgresql"))
                .load().migrate();
        var stop = new AtomicBoolean();
        var writer = Executors.newSingleThreadExecutor();
        var written = writer.submit(() -> {
            int n = 0;
            try (var connection = DriverManager.getConnection(live, PostgresTestDatabase.user(), "")) {
                connection.setAutoCommit(false);
                while (!stop.get()) {
                    n++;
                    BackupTest.flag(connection, "busy-" + n + "-a");
                    BackupTest.flag(connection, "busy-" + n + "-b");
                    connection.commit();
                }
            }
            return n;
        });
        var backups = new ArrayList<Path>();
        try {
            Thread.sleep(200);
            for (int i = 0; i < 3; i++) {
                var backup = tmp.resolve("busy-" + i + ".zip");
                try (var connection = asTestUser(live).connect()) {
                    BackupWriter.write(connection, backup);
                    assertThat(connection.getAutoCommit()).as("the connection's settings are put back").isTrue();
                    assertThat(connection.isReadOnly()).isFalse();
                }
                backups.add(backup);
            }
        } finally {
            stop.set(true);
        }
        assertThat(written.get(30, TimeUnit.SECONDS)).isPositive();
        writer.shutdown();
        for (var backup : backups) {
            var restored = empty();
            Restore.intoPostgres(backup, restored, false);
            var flags = column(restored, "select name from system_flag where name like 'busy-%'");
            assertThat(flags).isNotEmpty();
            for (var f : flags) {
                assertThat(flags).as("whole pairs only").contains(f.substring(0, f.length() - 1) + (f.endsWith("a") ? "b" : "a"));
            }
        }
    }

    private Path genuine() throws Exception {
        var backup = tmp.resolve("genuine.zip");
        if (!Files.exists(backup)) {
            try (var connection = GeneratedDesk.migratedH2(tmp.resolve("genuine"))) {
                GeneratedDesk.fill(connection, 9, 2);
                BackupWriter.write(connection, backup);
            }
        }
        return backup;
    }

    @Test
    void a_superuser_is_refused_unless_told_and_the_database_stays_empty() throws Exception {
        var url = PostgresTestDatabase.create();
        var superuser = asTestUser(url);
        try (var connection = superuser.connect()) {
            Assumptions.assumeTrue(Restore.superuser(connection), "the test account is no superuser here");
        }
        assertThatThrownBy(() -> Restore.intoPostgres(genuine(), superuser, false))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("superuser")
                .hasMessageContaining("--allow-superuser");
        try (var connection = superuser.connect()) {
            assertThat(Restore.objectsIn(connection)).isEmpty();
        }
        assertThat(Restore.intoPostgres(genuine(), superuser, true).claims()).isPositive();
    }

    @Test
    void a_database_that_is_not_empty_is_refused_even_where_the_account_cannot_see_inside() throws Exception {
        var target = empty();
        try (var connection = asTestUser(target.jdbcUrl()).connect(); var statement = connection.createStatement()) {
            statement.execute("create schema hidden");
            statement.execute("create table hidden.precious (id int)");
            statement.execute("insert into hidden.precious values (1)");
            statement.execute("revoke all on schema hidden from public");
        }
        try (var connection = target.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where table_schema = 'hidden'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("information_schema hides it from the account").isZero();
        }
        assertThatThrownBy(() -> Restore.intoPostgres(genuine(), target, false))
                .hasMessageContaining("not empty").hasMessageContaining("hidden.precious");
        try (var connection = asTestUser(target.jdbcUrl()).connect()) {
            assertThat(Restore.objectsIn(connection)).containsExactly("table hidden.precious");
        }
    }

    @Test
    void a_restore_the_database_refuses_halfway_leaves_the_database_empty() throws Exception {
        var tampered = TamperedBackup.of(genuine());
        // The last row of its batch points at no source: the batch is refused, and its rows, sent again one by
        // one, say which.
        var evidence = new ArrayList<>(tampered.text("tables/evidence.jsonl").lines().toList());
        assertThat(evidence).hasSizeGreaterThan(1);
        evidence.set(evidence.size() - 1, evidence.getLast().replaceFirst("\"source_id\":\\d+", "\"source_id\":999"));
        tampered.put("tables/evidence.jsonl", String.join("\n", evidence) + "\n").reseal();
        var target = empty();
        assertThatThrownBy(() -> Restore.intoPostgres(tampered.write(tmp.resolve("fk.zip")), target, false))
                .hasMessageContaining("tables/evidence.jsonl, row " + evidence.size() + " was refused by the database")
                .hasMessageContaining("source");
        try (var connection = target.connect()) {
            assertThat(Restore.objectsIn(connection)).isEmpty();
        }
        var newer = TamperedBackup.of(genuine()).manifest(m -> m.put("schemaVersion",
                String.valueOf(SchemaVersions.latest() + 1)));
        assertThatThrownBy(() -> Restore.intoPostgres(newer.write(tmp.resolve("newer.zip")), target, false))
                .hasMessageContaining("newer Factdesk");
        try (var connection = target.connect()) {
            assertThat(Restore.objectsIn(connection)).isEmpty();
        }
        var wrongKind = TamperedBackup.of(genuine()).manifest(m -> {
            for (var table : m.get("tables")) {
                if (table.get("name").asString().equals("system_flag")) {
                    ((ObjectNode) table.get("columns").get(2)).put("type", "TEXT");
                }
            }
        });
        assertThatThrownBy(() -> Restore.intoPostgres(wrongKind.write(tmp.resolve("kind.zip")), target, false))
                .hasMessageContaining("system_flag.set_at").hasMessageContaining("TIMESTAMP in Factdesk's schema");
    }

    /**
     * A pg_dump archive is refused whatever it holds: a genuine dump of a database whose constraint
     * imports server files, taken with PostgreSQL's own pg_dump where it is installed.
     */
    @Test
    void a_pg_dump_archive_is_refused_and_nothing_of_it_runs() throws Exception {
        var pgDump = List.of(Path.of("/usr/bin/pg_dump"), Path.of("/usr/lib/postgresql/15/bin/pg_dump")).stream()
                .filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(pgDump.isPresent(), "pg_dump is not installed here");
        var source = PostgresTestDatabase.create();
        try (Connection connection = asTestUser(source).connect(); var statement = connection.createStatement()) {
            statement.execute("create table planted (id int check (lo_import('/etc/hostname') > 0))");
            statement.execute("insert into planted values (1)");
        }
        var dump = tmp.resolve("planted.dump");
        var rest = source.substring("jdbc:postgresql://".length());
        var host = rest.substring(0, rest.indexOf(':'));
        var port = rest.substring(rest.indexOf(':') + 1, rest.indexOf('/'));
        var process = new ProcessBuilder(pgDump.get().toString(), "--format=custom", "--host=" + host, "--port=" + port,
                "--username=" + PostgresTestDatabase.user(), "--file=" + dump, rest.substring(rest.indexOf('/') + 1))
                .inheritIO().start();
        assertThat(process.waitFor()).isZero();
        var target = empty();
        assertThatThrownBy(() -> Restore.intoPostgres(dump, target, false)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining("pg_dump archive").hasMessageContaining("restores only its own backups");
        try (var connection = asTestUser(target.jdbcUrl()).connect()) {
            assertThat(Restore.objectsIn(connection)).isEmpty();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("select count(*) from pg_largeobject_metadata")) {
                rows.next();
                assertThat(rows.getInt(1)).as("no server file was imported").isZero();
            }
        }
    }
}
