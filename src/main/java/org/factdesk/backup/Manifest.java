package org.factdesk.backup;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first thing a restore reads ({@code manifest.json} in the zip): which format, which schema,
 * and for each table its member, row count, size and SHA-256, and its columns with their kinds.
 *
 * @param format         always {@value #FORMAT}
 * @param formatVersion  {@value #VERSION}; a restore refuses any other
 * @param schemaVersion  the Flyway version of the schema the rows were read from
 * @param takenAt        when the snapshot was read
 * @param databaseKind   {@code H2} or {@code PostgreSQL}: where it came from (it restores into either)
 * @param factdeskVersion the build that wrote it
 */
public record Manifest(String format, int formatVersion, String schemaVersion, Instant takenAt, String databaseKind,
        String factdeskVersion, List<Table> tables) {

    public static final String FORMAT = "factdesk-backup";
    public static final int VERSION = 1;
    public static final String MEMBER = "manifest.json";

    /** Table and column names a backup may carry: a lower-case SQL identifier, nothing to quote. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** One table: its rows are in {@code member}, one JSON object per line, in primary-key order. */
    public record Table(String name, String member, long rows, long bytes, String sha256, List<Column> columns) {

        static String memberOf(String table) {
            return "tables/" + table + ".jsonl";
        }
    }

    /** A column and the kind its values travel as. */
    public record Column(String name, ColumnType type) {
    }
}
