package org.factdesk.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.backup.DeskSummary;
import org.factdesk.backup.PostgresDatabase;
import org.factdesk.backup.Restore;
import org.factdesk.base.config.DataDirectory;

/**
 * {@code restore --from FILE}: a Factdesk backup into an empty place, an H2 data directory or a
 * PostgreSQL database, whichever database it was taken from. Factdesk creates the schema with its
 * own migrations and inserts the rows itself; nothing in the file is executed.
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
        return "java -jar factdesk.jar restore --from FILE.zip [--data-dir DIR | --db-url JDBC_URL --db-user NAME"
                + " [--allow-superuser]]\n"
                + "  A backup from either database restores into either: into --data-dir (H2; default:\n"
                + "  FACTDESK_DATA_DIR, else ./data), which must hold no database, or into the PostgreSQL database\n"
                + "  --db-url (default: FACTDESK_DB_URL when no --data-dir is given) as the account --db-user (or\n"
                + "  FACTDESK_DB_USER; password FACTDESK_DB_PASSWORD), which must be empty (createdb NAME).\n"
                + "  Every row is checked before anything is written; the rows go in in one transaction.\n"
                + "  A superuser account is refused unless --allow-superuser: use the account Factdesk runs as.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path from = null;
        Path dataDir = null;
        String dbUrl = null;
        String dbUser = System.getenv("FACTDESK_DB_USER");
        boolean allowSuperuser = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--from" -> from = Path.of(Cli.optionValue(args, ++i, "--from"));
                case "--data-dir" -> dataDir = Path.of(Cli.optionValue(args, ++i, "--data-dir"));
                case "--db-url" -> dbUrl = Cli.optionValue(args, ++i, "--db-url");
                case "--db-user" -> dbUser = Cli.optionValue(args, ++i, "--db-user");
                case "--allow-superuser" -> allowSuperuser = true;
                default -> throw new Cli.UsageException("Unknown argument '" + args.get(i) + "'");
            }
        }
        if (from == null) {
            throw new Cli.UsageException("Say which backup to restore: --from FILE.zip");
        }
        if (dataDir != null && dbUrl != null) {
            throw new Cli.UsageException("Give either --data-dir (H2) or --db-url (PostgreSQL), not both");
        }
        if (!Files.isRegularFile(from)) {
            err.println("No backup file at " + from.toAbsolutePath().normalize());
            return 1;
        }
        if (dataDir == null && dbUrl == null) {
            var configured = System.getenv("FACTDESK_DB_URL");
            if (configured != null && !configured.isBlank()) {
                dbUrl = configured;
            }
        }
        DeskSummary summary;
        String startWith;
        if (dbUrl != null) {
            if (!PostgresDatabase.handles(dbUrl)) {
                throw new Cli.UsageException("'" + dbUrl + "' is not a PostgreSQL JDBC URL"
                        + " (jdbc:postgresql://HOST:PORT/DATABASE)");
            }
            if (dbUser == null || dbUser.isBlank()) {
                throw new Cli.UsageException("Say which PostgreSQL account restores: --db-user NAME (or"
                        + " FACTDESK_DB_USER), the account Factdesk runs as; the password in FACTDESK_DB_PASSWORD");
            }
            var database = PostgresDatabase.of(dbUrl, dbUser, System.getenv("FACTDESK_DB_PASSWORD"));
            if (allowSuperuser) {
                err.println("Warning: --allow-superuser: if " + dbUser + " is a superuser, the restore runs with every"
                        + " right on the server. The account Factdesk runs as is enough.");
            }
            out.println("Restoring " + from + " into the PostgreSQL database " + database + " (one transaction)");
            summary = Restore.intoPostgres(from, database, allowSuperuser);
            startWith = "FACTDESK_DB_URL=" + dbUrl + " FACTDESK_DB_USER=" + dbUser;
            out.println("Restored " + from + " into " + database + ": " + summary);
        } else {
            if (dataDir == null) {
                dataDir = DataDirectory.fromEnvironment();
            }
            summary = Restore.intoH2(from, dataDir);
            startWith = "FACTDESK_DATA_DIR=" + dataDir;
            out.println("Restored " + from + " into " + dataDir.toAbsolutePath().normalize() + " (H2): " + summary);
        }
        out.println("Check that these admins are the ones you expect before you start it: anyone who could change"
                + " the backup file could have added one.");
        out.println("Start Factdesk with " + startWith + " to use it.");
        return 0;
    }
}
