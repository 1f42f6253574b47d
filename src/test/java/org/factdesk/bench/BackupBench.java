package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.PostgresTestDatabase;
import org.factdesk.backup.BackupWriter;
import org.factdesk.backup.DeskSummary;
import org.factdesk.backup.PostgresDatabase;
import org.factdesk.backup.Restore;
import org.factdesk.base.config.DataDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of 100,000 claims with the work on them (the scale workload, plus an
 * attribution, an evidence link and a comment on every claim), on H2 and on PostgreSQL: the time
 * of a backup, its size, and the time of a restore into an empty place of the same kind.
 */
class BackupBench {

    static final int DOCUMENTS = ScaleBench.DOCUMENTS;
    static final int CLAIMS_PER_DOCUMENT = ScaleBench.CLAIMS_PER_DOCUMENT;
    static final int RUNS = 3;

    @Test
    void on_h2(@TempDir Path tmp) throws Exception {
        var data = tmp.resolve("data");
        Workload.database(data, DOCUMENTS, 1_000, CLAIMS_PER_DOCUMENT, 11);
        try (var connection = DataDirectory.openIdle(data)) {
            addWork(connection);
        }
        BenchResults.context("backup workload", DOCUMENTS + " documents of about 1,000 words, "
                + DOCUMENTS * CLAIMS_PER_DOCUMENT + " claims, each with a tag, an attribution to one of 50 claimants,"
                + " an evidence link with an excerpt, a comment and an audit entry; verdicts on those in review or"
                + " published");
        var backups = new ArrayList<Double>();
        var restores = new ArrayList<Double>();
        Path last = null;
        for (int run = 0; run < RUNS; run++) {
            var file = tmp.resolve("h2-" + run + ".zip");
            try (var connection = DataDirectory.openIdle(data)) {
                backups.add(time(() -> BackupWriter.write(connection, file)));
            }
            var restored = tmp.resolve("restored-" + run);
            var summary = new DeskSummary[1];
            restores.add(time(() -> summary[0] = Restore.intoH2(file, restored)));
            assertThat(summary[0].claims()).isEqualTo((long) DOCUMENTS * CLAIMS_PER_DOCUMENT);
            last = file;
        }
        record("H2", backups, restores, last);
    }

    @Test
    void on_postgresql(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(PostgresTestDatabase.reachable(), "No PostgreSQL server answers at "
                + PostgresTestDatabase.serverUrl() + ": the PostgreSQL backup figures are not measured");
        var url = PostgresTestDatabase.createOwnedBy(PostgresTestDatabase.RESTORER);
        var account = PostgresTestDatabase.RESTORER;
        Workload.database(url, account, DOCUMENTS, 1_000, CLAIMS_PER_DOCUMENT, 11);
        try (var connection = DriverManager.getConnection(url, account, "")) {
            addWork(connection);
        }
        var live = PostgresDatabase.of(url, account, "");
        var backups = new ArrayList<Double>();
        var restores = new ArrayList<Double>();
        Path last = null;
        for (int run = 0; run < RUNS; run++) {
            var file = tmp.resolve("pg-" + run + ".zip");
            try (var connection = live.connect()) {
                backups.add(time(() -> BackupWriter.write(connection, file)));
            }
            var target = PostgresDatabase.of(PostgresTestDatabase.createOwnedBy(account), account, "");
            var summary = new DeskSummary[1];
            restores.add(time(() -> summary[0] = Restore.intoPostgres(file, target, false)));
            assertThat(summary[0].claims()).isEqualTo((long) DOCUMENTS * CLAIMS_PER_DOCUMENT);
            last = file;
        }
        record("PostgreSQL", backups, restores, last);
    }

    private static void record(String database, List<Double> backups, List<Double> restores, Path file) throws Exception {
        var suffix = database.equals("H2") ? "" : BenchResults.POSTGRESQL;
        var note = "100k claims with their work; runs 1 to " + RUNS;
        BenchResults.record("Backup of 100k claims" + suffix, "ms", backups, null, BenchResults.On.MEDIAN,
                note + "; one snapshot, read back before it gets its name");
        BenchResults.value("Backup of 100k claims: file size" + suffix, "MB", Files.size(file) / 1e6, null, true,
                "the zip of JSON Lines rows");
        BenchResults.record("Restore of 100k claims" + suffix, "ms", restores, null, BenchResults.On.MEDIAN,
                note + "; every row checked, schema by Flyway, rows in one transaction, into an empty "
                        + (database.equals("H2") ? "data directory" : "database"));
    }

    /** An attribution, an evidence link and a comment on every claim, set-based so that it takes seconds. */
    static void addWork(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            for (int c = 1; c <= 50; c++) {
                statement.executeUpdate("insert into claimant (name, normalized_name, kind, created_at, created_by,"
                        + " updated_at, version) values ('Claimant " + c + "', 'claimant " + c + "', 'PERSON',"
                        + " current_timestamp, 'bench', current_timestamp, 0)");
            }
            statement.executeUpdate("insert into source (url, canonical_url, title, kind, created_at, created_by,"
                    + " updated_at, version) values ('https://stats.example/report', 'https://stats.example/report',"
                    + " 'Statistics report', 'DATASET', current_timestamp, 'bench', current_timestamp, 0)");
            statement.executeUpdate("insert into attribution (claim_id, claimant_id, cue, form, check_status,"
                    + " source_start, source_end, source_exact, cue_start, cue_end, cue_exact, updated_at, updated_by,"
                    + " version) select id, (select min(id) from claimant) + mod(id, 50), 'said', 'INDIRECT',"
                    + " 'UNVERIFIED', start_offset, start_offset + 1, substring(exact, 1, 1), start_offset,"
                    + " start_offset + 1, substring(exact, 1, 1), current_timestamp, 'bench', 0 from claim");
            statement.executeUpdate("insert into evidence (claim_id, source_id, stance, excerpt, locator, created_at,"
                    + " created_by, version) select id, (select min(id) from source), 'SUPPORTS', exact, 'table 3',"
                    + " current_timestamp, 'bench', 0 from claim");
            statement.executeUpdate("insert into claim_comment (claim_id, author, body, created_at) select id, 'bench',"
                    + " 'Checked against the statistics office''s table.', current_timestamp from claim");
        }
        connection.commit();
    }

    @org.junit.jupiter.api.AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static double time(Timed work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }
}
