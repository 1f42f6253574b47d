package org.factdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.factdesk.backup.DatabaseBackup;
import org.factdesk.backup.PostgresBackup;
import org.factdesk.base.config.DataDirectory;

/**
 * {@code restore --from FILE}: a backup back into an empty place. An H2 backup (a zip) goes into an
 * empty data directory; a PostgreSQL backup (pg_dump's custom format) goes into an empty PostgreSQL
 * database with pg_restore, in one transaction. The file's first bytes say which it is.
 */
final class RestoreCommand implements CliCommand {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup into an empty data directory (H2) or an empty database (PostgreSQL)";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar restore --from FILE [--data-dir DIR | --db-url JDBC_URL [--db-user NAME]]\n"
                + "  FILE.zip (an H2 database file, zipped) is unpacked into --data-dir (default: FACTDESK_DATA_DIR, else ./data),\n"
                + "  which must hold no database.\n"
                + "  FILE.dump (pg_dump's custom format) is restored with pg_restore, in one transaction, into the\n"
                + "  PostgreSQL database --db-url (default: FACTDESK_DB_URL; user --db-user or FACTDESK_DB_USER,\n"
                + "  password FACTDESK_DB_PASSWORD), which must be empty (createdb NAME). A dump that defines\n"
                + "  functions, triggers or anything else outside Factdesk's schema is refused.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path from = null;
        Path dataDir = null;
        String dbUrl = null;
        String dbUser = System.getenv("FACTDESK_DB_USER");
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--from" -> from = Path.of(Cli.optionValue(args, ++i, "--from"));
                case "--data-dir" -> dataDir = Path.of(Cli.optionValue(args, ++i, "--data-dir"));
                case "--db-url" -> dbUrl = Cli.optionValue(args, ++i, "--db-url");
                case "--db-user" -> dbUser = Cli.optionValue(args, ++i, "--db-user");
                default -> throw new Cli.UsageException("Unknown argument '" + args.get(i) + "'");
            }
        }
        if (from == null) {
            throw new Cli.UsageException("Say which backup to restore: --from FILE.zip (H2) or --from FILE.dump (PostgreSQL)");
        }
        if (dataDir != null && dbUrl != null) {
            throw new Cli.UsageException("Give either --data-dir (H2) or --db-url (PostgreSQL), not both");
        }
        if (!Files.isRegularFile(from)) {
            err.println("No backup file at " + from.toAbsolutePath().normalize());
            return 1;
        }
        if (isPostgresDump(from)) {
            if (dataDir != null) {
                throw new Cli.UsageException(from + " is a PostgreSQL backup (pg_dump); it restores into an empty"
                        + " PostgreSQL database (--db-url), not into an H2 data directory");
            }
            if (dbUrl == null) {
                dbUrl = System.getenv("FACTDESK_DB_URL");
            }
            if (dbUrl == null || dbUrl.isBlank()) {
                throw new Cli.UsageException(from + " is a PostgreSQL backup (pg_dump); say which empty database"
                        + " it goes into: --db-url jdbc:postgresql://HOST:PORT/DATABASE (or FACTDESK_DB_URL)");
            }
            if (!PostgresBackup.handles(dbUrl)) {
                throw new Cli.UsageException("'" + dbUrl + "' is not a PostgreSQL JDBC URL");
            }
            var database = PostgresBackup.Database.of(dbUrl, dbUser, System.getenv("FACTDESK_DB_PASSWORD"));
            out.println("Restoring " + from + " into the PostgreSQL database " + database
                    + " with pg_restore (one transaction)");
            PostgresBackup.restore(from, database);
            out.println("Restored " + from + " into " + database + ": " + PostgresBackup.summarize(database));
            out.println("Check that these admins are the ones you expect before you start it: anyone who could change"
                    + " the backup file could have added one.");
            out.println("Start Factdesk with FACTDESK_DB_URL=" + dbUrl + " to use it.");
            return 0;
        }
        if (dbUrl != null) {
            throw new Cli.UsageException(from + " is not a PostgreSQL backup (pg_dump's custom format); an H2 backup"
                    + " (a zip) restores into an empty data directory (--data-dir)");
        }
        if (dataDir == null) {
            dataDir = DataDirectory.fromEnvironment();
        }
        DatabaseBackup.restore(from, dataDir);
        try (var connection = DatabaseBackup.openIdle(dataDir)) {
            out.println("Restored " + from + " into " + dataDir.toAbsolutePath().normalize() + " (H2): "
                    + DatabaseBackup.summarize(connection));
        }
        out.println("Check that these admins are the ones you expect before you start it: anyone who could change"
                + " the backup file could have added one.");
        out.println("Start Factdesk with FACTDESK_DATA_DIR=" + dataDir + " to use it.");
        return 0;
    }

    /** pg_dump's custom format begins with the bytes "PGDMP". */
    private static boolean isPostgresDump(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(5), "PGDMP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }
}
