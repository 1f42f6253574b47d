package org.factdesk.backup;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.factdesk.base.config.DataDirectory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A backup file opened for reading: the zip's members checked against its {@link Manifest} before
 * any row is read, and every row checked against its table's columns as it is read. Nothing here
 * touches a database; {@link Restore} hands the checked rows to one.
 */
public final class BackupArchive implements Closeable {

    /** The largest manifest a backup may have (a few kilobytes in practice). */
    private static final int MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
    private static final Pattern SCHEMA_VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ZipFile zip;
    private final Manifest manifest;
    private final String shown;

    private BackupArchive(ZipFile zip, Manifest manifest, String shown) {
        this.zip = zip;
        this.manifest = manifest;
        this.shown = shown;
    }

    /** Receives the rows of a table, each with its number (from 1) and its values in the manifest's column order. */
    interface RowSink {
        void accept(long row, JsonNode[] values) throws SQLException;
    }

    /** Opens a backup and checks its structure and manifest; nothing is read from its tables yet. */
    public static BackupArchive open(Path file) throws IOException {
        var shown = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusedException("No backup file at " + file.toAbsolutePath().normalize());
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(5);
        }
        if (Arrays.equals(head, "PGDMP".getBytes(StandardCharsets.US_ASCII))) {
            throw new BackupRefusedException(shown + " is a pg_dump archive. Factdesk restores only its own backups"
                    + " (a zip of rows that 'backup' writes), never a database dump: a dump's definitions are code"
                    + " that would run in the database. Take a backup with 'java -jar factdesk.jar backup'.");
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new BackupRefusedException(shown + " is not a Factdesk backup (not a zip file)");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BackupRefusedException(shown + " is not a Factdesk backup (not a readable zip file: "
                    + e.getMessage() + ")");
        }
        try {
            var archive = new BackupArchive(zip, readManifest(zip, shown), shown);
            archive.checkMembers();
            return archive;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Opens a backup, reads every row of it as a restore would, and closes it: the file is whole and well-formed. */
    public static Manifest verify(Path file) throws IOException {
        try (var archive = open(file)) {
            archive.checkRows();
            return archive.manifest();
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    private static Manifest readManifest(ZipFile zip, String shown) throws IOException {
        var names = new HashSet<String>();
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            var name = entries.nextElement().getName();
            if (!names.add(name)) {
                throw new BackupRefusedException(shown + " holds the member " + name + " twice; a Factdesk backup never does");
            }
        }
        if (names.contains(DataDirectory.DATABASE_FILE)) {
            throw new BackupRefusedException(shown + " is a backup in Factdesk's old format (an H2 database file)."
                    + " A database file can carry code that runs when it is opened, so Factdesk no longer restores"
                    + " one. Start the Factdesk version that wrote it on the unpacked file, if you trust it, and take"
                    + " a new backup there.");
        }
        var entry = zip.getEntry(Manifest.MEMBER);
        if (entry == null) {
            throw new BackupRefusedException(shown + " is a zip file but not a Factdesk backup: it has no "
                    + Manifest.MEMBER);
        }
        byte[] bytes;
        try (var in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        }
        if (bytes.length > MAX_MANIFEST_BYTES) {
            throw new BackupRefusedException(shown + ": " + Manifest.MEMBER + " is larger than any Factdesk manifest");
        }
        Manifest manifest;
        try {
            manifest = BackupJson.MAPPER.readValue(bytes, Manifest.class);
        } catch (JacksonException e) {
            throw new BackupRefusedException(shown + ": " + Manifest.MEMBER + " is not a Factdesk manifest ("
                    + e.getOriginalMessage() + ")");
        }
        checkManifest(manifest, shown);
        return manifest;
    }

    private static void checkManifest(Manifest m, String shown) throws BackupRefusedException {
        var where = shown + ": " + Manifest.MEMBER;
        if (!Manifest.FORMAT.equals(m.format())) {
            throw new BackupRefusedException(where + " names the format '" + m.format() + "', not " + Manifest.FORMAT);
        }
        if (m.formatVersion() != Manifest.VERSION) {
            throw new BackupRefusedException(where + " is of format version " + m.formatVersion() + "; this Factdesk"
                    + " reads version " + Manifest.VERSION + " only");
        }
        if (!SCHEMA_VERSION.matcher(m.schemaVersion()).matches()) {
            throw new BackupRefusedException(where + " gives '" + m.schemaVersion() + "' as its schema version, which"
                    + " is no Flyway version");
        }
        var tables = new HashSet<String>();
        for (var table : m.tables()) {
            Objects.requireNonNull(table, "table");
            if (!Manifest.NAME.matcher(table.name()).matches() || !tables.add(table.name())) {
                throw new BackupRefusedException(where + " names a table '" + table.name() + "' that is no table"
                        + " name of a Factdesk backup (or names it twice)");
            }
            if (!table.member().equals(Manifest.Table.memberOf(table.name()))) {
                throw new BackupRefusedException(where + ": the rows of " + table.name() + " must be in "
                        + Manifest.Table.memberOf(table.name()) + ", not " + table.member());
            }
            if (table.rows() < 0 || table.bytes() < 0 || !SHA256.matcher(table.sha256()).matches()) {
                throw new BackupRefusedException(where + ": the entry of " + table.name()
                        + " needs a row count, a size and a SHA-256 in lower-case hex");
            }
            var columns = new HashSet<String>();
            for (var column : table.columns()) {
                if (!Manifest.NAME.matcher(column.name()).matches() || !columns.add(column.name())) {
                    throw new BackupRefusedException(where + ": table " + table.name() + " names a column '"
                            + column.name() + "' that is no column name of a Factdesk backup (or names it twice)");
                }
            }
            if (columns.isEmpty()) {
                throw new BackupRefusedException(where + ": table " + table.name() + " has no columns");
            }
        }
    }

    private void checkMembers() throws IOException {
        var expected = new LinkedHashSet<String>();
        expected.add(Manifest.MEMBER);
        manifest.tables().forEach(t -> expected.add(t.member()));
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            var entry = entries.nextElement();
            if (!expected.remove(entry.getName())) {
                throw new BackupRefusedException(shown + " holds a member the manifest does not list: '"
                        + entry.getName() + "'. A Factdesk backup holds " + Manifest.MEMBER
                        + " and one tables/NAME.jsonl per table, nothing else.");
            }
            var table = manifest.tables().stream().filter(t -> t.member().equals(entry.getName())).findFirst();
            if (table.isPresent() && entry.getSize() >= 0 && entry.getSize() != table.get().bytes()) {
                throw new BackupRefusedException(shown + ": " + entry.getName() + " is " + entry.getSize()
                        + " bytes, and the manifest says " + table.get().bytes());
            }
        }
        if (!expected.isEmpty()) {
            throw new BackupRefusedException(shown + " lacks " + String.join(", ", expected)
                    + ", which its manifest lists");
        }
    }

    /** Reads every row of every table and checks it; writes nothing anywhere. */
    public void checkRows() throws IOException {
        for (var table : manifest.tables()) {
            try {
                readRows(table, (row, values) -> {
                });
            } catch (SQLException e) {
                throw new IllegalStateException("a sink that does nothing failed", e);
            }
        }
    }

    /**
     * Reads a table's rows, checks each against the manifest's columns, and gives it to
     * {@code sink}; then checks the member's size, SHA-256 and row count. A row that fails any
     * check, or a member that does not match, refuses the whole backup with the member and row named.
     */
    void readRows(Manifest.Table table, RowSink sink) throws IOException, SQLException {
        var columns = table.columns();
        var digest = BackupWriter.sha256();
        long row = 0;
        try (var raw = zip.getInputStream(zip.getEntry(table.member()));
                var bounded = new Bounded(raw, table.bytes(), shown + ": " + table.member());
                var in = new DigestInputStream(bounded, digest)) {
            // The reader would close the member when it is done; the rest of it must still pass the digest.
            var unclosed = new FilterInputStream(in) {
                @Override
                public void close() {
                }
            };
            try (var rows = BackupJson.MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(unclosed)) {
                while (rows.hasNextValue()) {
                    var node = rows.nextValue();
                    row++;
                    sink.accept(row, values(table, row, node));
                }
            } catch (JacksonException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof BackupRefusedException refusal) {
                        throw refusal;
                    }
                }
                throw refused(table, row + 1, "is not a JSON object on a line of its own (" + e.getOriginalMessage() + ")");
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
            if (bounded.count != table.bytes()) {
                throw new BackupRefusedException(shown + ": " + table.member() + " is " + bounded.count
                        + " bytes, and the manifest says " + table.bytes());
            }
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(table.sha256())) {
            throw new BackupRefusedException(shown + ": " + table.member() + " does not match the SHA-256 in the"
                    + " manifest; the file was changed or damaged after it was written");
        }
        if (row != table.rows()) {
            throw new BackupRefusedException(shown + ": " + table.member() + " holds " + row + " rows, and the"
                    + " manifest says " + table.rows());
        }
    }

    private JsonNode[] values(Manifest.Table table, long row, JsonNode node) throws BackupRefusedException {
        var columns = table.columns();
        if (!node.isObject()) {
            throw refused(table, row, "is not a JSON object");
        }
        var values = new JsonNode[columns.size()];
        for (int i = 0; i < values.length; i++) {
            var column = columns.get(i);
            var value = node.get(column.name());
            if (value == null) {
                throw refused(table, row, "has no value for the column " + column.name());
            }
            var problem = column.type().problem(value);
            if (problem != null) {
                var text = value.toString();
                throw refused(table, row, "column " + column.name() + " must be " + problem + " or null, not "
                        + (text.length() > 60 ? text.substring(0, 60) + "…" : text));
            }
            values[i] = value;
        }
        if (node.size() != values.length) {
            var unknown = node.propertyNames().stream().filter(n -> columns.stream().noneMatch(c -> c.name().equals(n)))
                    .findFirst().orElse("?");
            throw refused(table, row, "has a column the manifest does not list: '"
                    + (unknown.length() > 60 ? unknown.substring(0, 60) + "…" : unknown) + "'");
        }
        return values;
    }

    BackupRefusedException refused(Manifest.Table table, long row, String what) {
        return new BackupRefusedException(shown + ": " + table.member() + ", row " + row + " " + what);
    }

    String shown() {
        return shown;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Fails as soon as a member gives more bytes than its manifest declared (a zip bomb, a swapped member). */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String what;
        long count;

        Bounded(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) throws BackupRefusedException {
            count += n;
            if (count > limit) {
                throw new BackupRefusedException(what + " is larger than the " + limit
                        + " bytes its manifest declares; nothing was restored");
            }
        }
    }
}
