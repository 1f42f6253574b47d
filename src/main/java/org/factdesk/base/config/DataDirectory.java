package org.factdesk.base.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where Factdesk keeps its database inside a data directory, for the app and the command line alike. */
public final class DataDirectory {

    /** The database's name: the file on disk is {@code factdesk.mv.db}. */
    public static final String DATABASE_NAME = "factdesk";
    /** How {@link #jdbcUrl} begins: the embedded H2 database, through the interrupt-proof file system. */
    private static final String EMBEDDED_PREFIX = "jdbc:h2:retry:";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";

    /** H2's error code for "the database is open in another process". */
    public static final int DATABASE_IN_USE = 90020;

    private DataDirectory() {
    }

    /**
     * Opens the database of a data directory that no running Factdesk holds (for a backup);
     * fails with {@link #DATABASE_IN_USE} when one does.
     */
    public static java.sql.Connection openIdle(Path dataDir) throws java.sql.SQLException {
        var file = databaseFile(dataDir);
        if (!Files.isRegularFile(file)) {
            throw new java.sql.SQLException("There is no Factdesk database in " + dataDir.toAbsolutePath().normalize()
                    + " (no " + DATABASE_FILE + ")");
        }
        return java.sql.DriverManager.getConnection(jdbcUrl(dataDir) + ";IFEXISTS=TRUE", "sa", "");
    }

    /** Whether a JDBC URL is the embedded H2 database (in a data directory or in memory), not a server. */
    public static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /** The data directory chosen by {@code FACTDESK_DATA_DIR}, else {@code ./data}, as the app chooses it. */
    public static Path fromEnvironment() {
        var env = System.getenv("FACTDESK_DATA_DIR");
        return Path.of(env == null || env.isBlank() ? "./data" : env);
    }

    public static Path databaseFile(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(DATABASE_FILE);
    }

    /**
     * Removes what an interrupted restore left in a data directory (its unpacked file, its check
     * directory): nothing else can be writing there while Factdesk starts on it.
     */
    public static void removeLeftovers(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (var entries = Files.list(dataDir)) {
            for (var entry : entries.toList()) {
                var name = entry.getFileName().toString();
                if (name.startsWith(".factdesk-restore-") || name.startsWith(".factdesk-check-")) {
                    try (var files = Files.walk(entry)) {
                        for (var file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy the data directory " + dataDir, e);
        }
    }

    /**
     * The JDBC URL of the database in a data directory, which is created if needed.
     *
     * <ul>
     *   <li>WRITE_DELAY=0 makes H2 write each commit to the file before the commit returns; its
     *       default (500 ms) loses acknowledged commits when the process is killed.
     *   <li>REUSE_SPACE=FALSE makes H2 append every commit to the end of the file. With free space
     *       reused, a commit written into a gap is sometimes not found when the file is opened after
     *       the process was killed: the last acknowledged commits were lost in about one kill in six
     *       ({@code EmbeddedDatabaseDurabilityIT}). The price is a file that grows with every write
     *       while the app runs; a clean stop compacts it ({@code SHUTDOWN COMPACT}).
     *   <li>LOCK_TIMEOUT=10000 lets a write wait up to 10 s for a claim another request holds (claim
     *       writes lock the claim's row), instead of H2's 1 s.
     * </ul>
     *
     * <p>The file is reached through H2's {@code retry:} file system. Java closes a file channel when a
     * thread using it is interrupted, and H2 then closes the whole database ("The database has been
     * closed"). Spring interrupts the starting thread when the app is stopped while it starts (to wake
     * a thread that waits forever), so a stop during the migrations left the database unclosed and
     * uncompacted ({@code CleanStopIT}, once in about a hundred stops). {@code retry:} reopens the file
     * and repeats the read or write instead; same files, same speed (measured: 3,000 commits and
     * twenty table scans as fast as {@code file:}; H2's {@code async:} also survives interrupts but was
     * 20-60% slower).
     */
    public static String jdbcUrl(Path dataDir) {
        var dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        return EMBEDDED_PREFIX + dir.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000";
    }
}
