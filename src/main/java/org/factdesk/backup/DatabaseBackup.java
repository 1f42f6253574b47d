package org.factdesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.factdesk.base.config.DataDirectory;

/**
 * Backup and restore of Factdesk's H2 database. A backup is a zip of a database file that holds
 * one snapshot of the live database: H2's {@code SCRIPT}, run in a single transaction at the
 * {@code SNAPSHOT} isolation level while writers go on, replayed into a fresh database file that is
 * then closed and zipped. (H2's {@code BACKUP TO} copies the live file while commits are being
 * written, and a copy taken under two busy writers once held the first row of a transaction without
 * its second: {@code DatabaseBackupTest}.) A restore unpacks the zip into an empty data directory
 * and checks that what came out is a Factdesk database.
 * No Spring here: the command line uses this as well as the running app.
 */
public final class DatabaseBackup {

    /** H2's error code for "the database is open in another process". */
    public static final int DATABASE_IN_USE = 90020;

    /** The largest database a restore unpacks (a guard against a zip bomb posing as a backup). */
    static final long MAX_DATABASE_BYTES = 64L * 1024 * 1024 * 1024;

    private DatabaseBackup() {
    }

    /**
     * Writes a consistent backup of the database behind {@code connection} to {@code target}; the
     * file appears only when it is complete.
     */
    public static void backup(Connection connection, Path target) throws SQLException, IOException {
        var absolute = target.toAbsolutePath().normalize();
        var parent = absolute.getParent();
        Files.createDirectories(parent);
        var work = Files.createTempDirectory(parent, ".factdesk-backup-");
        var partial = work.resolve("backup.zip.part");
        try {
            var script = work.resolve("snapshot.sql");
            snapshot(connection, script);
            var copy = work.resolve("database");
            try (var database = DriverManager.getConnection(DataDirectory.jdbcUrl(copy), "sa", "");
                    var statement = database.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + quoted(script) + "'");
                statement.execute("SHUTDOWN COMPACT");
            }
            try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(DataDirectory.DATABASE_FILE));
                Files.copy(DataDirectory.databaseFile(copy), zip);
                zip.closeEntry();
            }
            verify(partial);
            publishWithoutReplacing(partial, absolute);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Writes the whole database as SQL, as one transaction sees it: at the {@code SNAPSHOT} level
     * every table is read as of the statement's start, so each transaction of the writers is in it
     * entirely or not at all. The connection's own settings are put back afterwards.
     */
    private static void snapshot(Connection connection, Path script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try (var statement = connection.createStatement()) {
            if (!autoCommit) {
                connection.commit();
            }
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            connection.setAutoCommit(false);
            statement.execute("SCRIPT TO '" + quoted(script) + "'");
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        }
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (var file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Gives the finished file its name only if nothing has that name yet, in one step: a hard link
     * fails when the name exists, so of two backups to the same file one wins and the other is
     * refused, and a file created meanwhile is never replaced.
     */
    static void publishWithoutReplacing(Path partial, Path target) throws IOException {
        try {
            Files.createLink(target, partial);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IOException(target + " already exists: a backup never replaces a file. Choose another name.", e);
        } catch (UnsupportedOperationException e) {
            // A file system without hard links: a move without REPLACE_EXISTING still refuses an existing name.
            Files.move(partial, target);
        }
    }

    /** Opens the database of a data directory that no running Factdesk holds, for a backup. */
    public static Connection openIdle(Path dataDir) throws SQLException {
        var file = DataDirectory.databaseFile(dataDir);
        if (!Files.isRegularFile(file)) {
            throw new SQLException("There is no Factdesk database in " + dataDir.toAbsolutePath().normalize()
                    + " (no " + DataDirectory.DATABASE_FILE + ")");
        }
        return DriverManager.getConnection(DataDirectory.jdbcUrl(dataDir) + ";IFEXISTS=TRUE", "sa", "");
    }

    /**
     * Checks that a file is a Factdesk backup: a zip holding the database file and nothing that
     * would land outside the data directory.
     */
    public static void verify(Path zip) throws IOException {
        try (var file = new ZipFile(zip.toFile())) {
            var entry = file.getEntry(DataDirectory.DATABASE_FILE);
            if (entry == null) {
                throw new IOException(zip.getFileName() + " is a zip file but not a Factdesk backup: it holds no "
                        + DataDirectory.DATABASE_FILE);
            }
        } catch (ZipException e) {
            throw new IOException(zip.getFileName() + " is not a Factdesk backup (not a readable zip file)", e);
        }
    }

    /**
     * Restores a backup into a data directory that holds no database yet, then opens the result to
     * make sure it is a Factdesk database. Nothing is left behind when the restore fails.
     */
    public static void restore(Path zip, Path dataDir) throws IOException, SQLException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("No backup file at " + zip.toAbsolutePath().normalize());
        }
        var target = DataDirectory.databaseFile(dataDir);
        if (Files.exists(target)) {
            throw new IOException("The data directory " + target.getParent() + " already holds a database ("
                    + DataDirectory.DATABASE_FILE + "). Restore into an empty directory, or move the old one away"
                    + " first: a restore never overwrites data.");
        }
        verify(zip);
        Files.createDirectories(target.getParent());
        var partial = Files.createTempFile(target.getParent(), ".factdesk-restore-", ".part");
        boolean done = false;
        try {
            try (var file = new ZipFile(zip.toFile());
                    InputStream in = file.getInputStream(file.getEntry(DataDirectory.DATABASE_FILE))) {
                copyBounded(in, partial, unpackLimit(zip, target.getParent()));
            }
            // Read the file as data before anything opens it as a database: H2 would run its code.
            refuseCode(partial, zip.getFileName().toString());
            publishWithoutReplacing(partial, target);
            try (var connection = DriverManager.getConnection(DataDirectory.jdbcUrl(dataDir) + ";IFEXISTS=TRUE",
                    "sa", "")) {
                checkSchema(connection);
            }
            done = true;
        } catch (SQLException e) {
            throw new SQLException("The backup " + zip.getFileName() + " does not hold a readable Factdesk database: "
                    + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
            if (!done) {
                Files.deleteIfExists(target);
                Files.deleteIfExists(target.resolveSibling(DataDirectory.DATABASE_NAME + ".trace.db"));
            }
        }
    }

    /** Counts rows of the main tables, to say what a backup or restore holds. */
    public static Summary summarize(Connection connection) throws SQLException {
        checkSchema(connection);
        var admins = new java.util.ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select username from app_user where role = 'ADMIN' and active"
                        + " order by username")) {
            while (rows.next()) {
                admins.add(rows.getString(1));
            }
        }
        return new Summary(count(connection, "document"), count(connection, "claim"),
                count(connection, "audit_entry"), count(connection, "app_user"), List.copyOf(admins));
    }

    /**
     * What a database holds, in the units a newsroom cares about, and who may administer it: a
     * restore says so, so that an admin account nobody expected is seen before Factdesk starts.
     */
    public record Summary(long documents, long claims, long auditEntries, long users, List<String> activeAdmins) {
        @Override
        public String toString() {
            return documents + " documents, " + claims + " claims, " + auditEntries + " audit entries, " + users
                    + " users; active admins: " + (activeAdmins.isEmpty() ? "none" : String.join(", ", activeAdmins));
        }
    }

    private static void checkSchema(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where lower(table_name) in ('flyway_schema_history', 'claim', 'document')")) {
            rows.next();
            if (rows.getInt(1) < 3) {
                throw new SQLException("it has no Factdesk schema");
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * How much a backup may unpack to: at most {@value #MAX_RATIO} times the zip (H2 files compress
     * well, but not beyond that), never more than 90% of the free space where it lands, and never
     * more than {@link #MAX_DATABASE_BYTES}.
     */
    static long unpackLimit(Path zip, Path landing) throws IOException {
        long proportional = Math.max(Files.size(zip), 1L << 16) * MAX_RATIO;
        long free = (long) (Files.getFileStore(landing).getUsableSpace() * 0.9);
        return Math.min(MAX_DATABASE_BYTES, Math.min(proportional, free));
    }

    static final long MAX_RATIO = 200;

    private static void copyBounded(InputStream in, Path target, long limit) throws IOException {
        try (var out = Files.newOutputStream(target)) {
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new IOException("The backup unpacks to more than " + describeBytes(limit) + " (at most "
                            + MAX_RATIO + " times its zip, and 90% of the free disk space); refusing it");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static String describeBytes(long bytes) {
        return bytes >= 1L << 30 ? (bytes >> 30) + " GiB" : (bytes >> 20) + " MiB";
    }

    /** Statements that make H2 compile or call code, or reach outside the file (a linked table). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "^CREATE\\s+(?:FORCE\\s+)?(TRIGGER|ALIAS|AGGREGATE|LINKED\\s+TABLE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The two functions Recover declares at the top of every script it writes, for reading large values. */
    private static final java.util.regex.Pattern RECOVER_HELPER = java.util.regex.Pattern.compile(
            "CREATE ALIAS IF NOT EXISTS READ_(BLOB|CLOB)_MAP FOR 'org\\.h2\\.tools\\.Recover\\.read(Blob|Clob)Map';");

    /**
     * Refuses a database file that defines triggers, aliases, aggregates or linked tables. Factdesk's
     * schema has none, and H2 compiles and runs their code when it opens the file, so the file is
     * read with H2's Recover tool, which dumps it as an SQL script without opening it as a database.
     */
    static void refuseCode(Path databaseFile, String shownName) throws IOException {
        var scratch = Files.createTempDirectory(databaseFile.getParent(), ".factdesk-check-");
        try {
            var copy = scratch.resolve("check" + org.h2.engine.Constants.SUFFIX_MV_FILE);
            Files.copy(databaseFile, copy);
            try {
                new org.h2.tools.Recover().runTool("-dir", scratch.toString(), "-db", "check");
            } catch (SQLException e) {
                throw new IOException("The backup " + shownName + " could not be read as a database: " + e.getMessage(), e);
            }
            var found = new java.util.ArrayList<String>();
            try (var lines = Files.lines(scratch.resolve("check.h2.sql"), java.nio.charset.StandardCharsets.UTF_8)) {
                lines.filter(line -> !RECOVER_HELPER.matcher(line).matches()).map(CODE::matcher)
                        .filter(java.util.regex.Matcher::find)
                        .forEach(m -> found.add(m.group(1).toUpperCase(java.util.Locale.ROOT) + " " + m.group(2)));
            }
            if (!found.isEmpty()) {
                throw new IOException("The backup " + shownName + " carries code that the database would run when"
                        + " opened (" + String.join(", ", found.stream().limit(10).toList()) + "). Factdesk's own"
                        + " backups never do: it was made or changed elsewhere. Nothing was restored or run.");
            }
        } finally {
            try (var files = Files.walk(scratch)) {
                for (var file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
