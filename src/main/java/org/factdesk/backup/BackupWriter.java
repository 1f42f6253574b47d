package org.factdesk.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes a Factdesk backup: the rows of every table of the schema, read in one snapshot, as JSON
 * Lines in a zip with a {@link Manifest}. The same code for H2 and PostgreSQL, for the running app
 * and the command line. Nothing in the file is SQL.
 */
public final class BackupWriter {

    private BackupWriter() {
    }

    /**
     * Writes a consistent backup of the database behind {@code connection} to {@code target}: one
     * read-only transaction at snapshot isolation (H2's {@code SNAPSHOT}, PostgreSQL's
     * {@code REPEATABLE READ}), so each writer's transaction is in it entirely or not at all while
     * the desk keeps working. The file appears only when it is complete and has been read back, and
     * never replaces an existing file. The connection's settings are put back afterwards.
     */
    public static Manifest write(Connection connection, Path target) throws IOException, SQLException {
        var absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute + " already exists: a backup never replaces a file."
                    + " Choose another name.");
        }
        var partial = Files.createTempFile(absolute.getParent(), ".factdesk-backup-", ".zip.part");
        try {
            Manifest manifest;
            try (var zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                manifest = inSnapshot(connection, () -> writeTables(connection, zip));
                zip.putNextEntry(new ZipEntry(Manifest.MEMBER));
                zip.write(BackupJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            BackupArchive.verify(partial);
            publishWithoutReplacing(partial, absolute);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private interface SnapshotWork {
        Manifest run() throws IOException, SQLException;
    }

    private static Manifest inSnapshot(Connection connection, SnapshotWork work) throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        boolean readOnly = connection.isReadOnly();
        int isolation = connection.getTransactionIsolation();
        if (!autoCommit) {
            connection.commit();
        }
        boolean h2 = isH2(connection);
        try {
            connection.setAutoCommit(true);
            if (h2) {
                // H2's SNAPSHOT: every table as of the transaction's first statement (its REPEATABLE READ is not).
                try (var statement = connection.createStatement()) {
                    statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                }
            } else {
                connection.setReadOnly(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            connection.setAutoCommit(false);
            var manifest = work.run();
            connection.commit();
            return manifest;
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(isolation);
            connection.setReadOnly(readOnly);
            connection.setAutoCommit(autoCommit);
        }
    }

    static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }

    private static Manifest writeTables(Connection connection, ZipOutputStream zip) throws IOException, SQLException {
        var catalogue = Catalogue.read(connection);
        var version = catalogue.schemaVersion(connection);
        if (version == null || !catalogue.tables().containsKey("claim")) {
            throw new SQLException("This database holds no Factdesk schema (no Flyway history, no claim table)");
        }
        boolean h2 = isH2(connection);
        var tables = new ArrayList<Manifest.Table>();
        for (var table : catalogue.tables().values()) {
            var member = Manifest.Table.memberOf(table.name());
            zip.putNextEntry(new ZipEntry(member));
            var digest = sha256();
            var counted = new Counting(new DigestOutputStream(zip, digest));
            long rows = 0;
            try (var statement = connection.createStatement()) {
                statement.setFetchSize(500);
                try (var result = statement.executeQuery(select(table, h2))) {
                    var columns = table.columns();
                    while (result.next()) {
                        var row = JsonNodeFactory.instance.objectNode();
                        for (int i = 0; i < columns.size(); i++) {
                            row.set(columns.get(i).name(), columns.get(i).type().read(result, i + 1));
                        }
                        counted.write(BackupJson.MAPPER.writeValueAsBytes(row));
                        counted.write('\n');
                        rows++;
                    }
                }
            }
            zip.closeEntry();
            tables.add(new Manifest.Table(table.name(), member, rows, counted.count,
                    HexFormat.of().formatHex(digest.digest()),
                    table.columns().stream().map(c -> new Manifest.Column(c.name(), c.type())).toList()));
        }
        return new Manifest(Manifest.FORMAT, Manifest.VERSION, version, Instant.now(),
                h2 ? "H2" : connection.getMetaData().getDatabaseProductName(), factdeskVersion(), tables);
    }

    /** All columns in the catalogue's order, rows in primary-key order (text keys by code point on PostgreSQL too). */
    private static String select(Catalogue.Table table, boolean h2) {
        var columns = String.join(", ", table.columns().stream().map(c -> Catalogue.quote(c.sqlName())).toList());
        var order = String.join(", ", table.primaryKey().stream()
                .map(c -> Catalogue.quote(c.sqlName()) + (c.type() == ColumnType.TEXT && !h2 ? " collate \"C\"" : ""))
                .toList());
        return "select " + columns + " from " + Catalogue.quote(table.sqlName()) + " order by " + order;
    }

    static String factdeskVersion() {
        var version = BackupWriter.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /**
     * Gives the finished file its name only if nothing has that name yet, in one step: a hard link
     * fails when the name exists, so of two backups to the same file one wins and the other is
     * refused, and a file created meanwhile is never replaced.
     */
    public static void publishWithoutReplacing(Path partial, Path target) throws IOException {
        try {
            Files.createLink(target, partial);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(target + " already exists: a backup never replaces a file."
                    + " Choose another name.");
        } catch (UnsupportedOperationException e) {
            // A file system without hard links: a move without REPLACE_EXISTING still refuses an existing name.
            Files.move(partial, target);
        }
    }

    /** Counts what passes, and leaves the zip open when a member's writer is done with it. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
        }
    }
}
