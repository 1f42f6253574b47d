package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.factdesk.backup.BackupArchive;
import org.factdesk.backup.BackupWriter;
import org.factdesk.backup.DeskSummary;
import org.factdesk.backup.PostgresDatabase;
import org.factdesk.base.config.DataDirectory;
import org.jspecify.annotations.Nullable;

/**
 * {@code backup --to FILE}: a consistent backup in Factdesk's own format (rows as data, one
 * snapshot), the same for both databases. On PostgreSQL ({@code --db-url} or {@code FACTDESK_DB_URL})
 * it is read straight from the server. On H2, when no Factdesk runs on the data directory the
 * database is opened directly; when one does (the database is locked), the running app is asked
 * for the backup through its admin API, so it is taken while the app keeps working.
 */
final class BackupCommand implements CliCommand {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "write a consistent backup of the database, also while Factdesk runs";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar backup --to FILE.zip [--data-dir DIR | --db-url JDBC_URL --db-user NAME]\n"
                + "                                    [--url URL] [--token TOKEN | --user NAME]\n"
                + "  The backup is Factdesk's own format, the same for H2 and PostgreSQL: a zip of every table's\n"
                + "  rows (JSON Lines) with a manifest, read in one snapshot. It holds no SQL and restores into\n"
                + "  either database (restore --help).\n"
                + "  --data-dir  the H2 data directory (default: FACTDESK_DATA_DIR, else ./data)\n"
                + "  --db-url    the PostgreSQL database (default: FACTDESK_DB_URL), with --db-user (default:\n"
                + "              FACTDESK_DB_USER) and the password in FACTDESK_DB_PASSWORD\n"
                + "  --url       the running Factdesk to ask (default: http://localhost:PORT when the database is in use)\n"
                + "  --token     an ADMIN's API token (or FACTDESK_TOKEN); else --user (default admin) with the\n"
                + "              password in FACTDESK_PASSWORD (or FACTDESK_ADMIN_PASSWORD), else asked for";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path target = null;
        Path dataDir = DataDirectory.fromEnvironment();
        String url = null;
        String token = System.getenv("FACTDESK_TOKEN");
        String user = "admin";
        String dbUrl = System.getenv("FACTDESK_DB_URL");
        String dbUser = System.getenv("FACTDESK_DB_USER");
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--to" -> target = Path.of(Cli.optionValue(args, ++i, "--to"));
                case "--data-dir" -> dataDir = Path.of(Cli.optionValue(args, ++i, "--data-dir"));
                case "--url" -> url = Cli.optionValue(args, ++i, "--url");
                case "--token" -> token = Cli.optionValue(args, ++i, "--token");
                case "--user" -> user = Cli.optionValue(args, ++i, "--user");
                case "--db-url" -> dbUrl = Cli.optionValue(args, ++i, "--db-url");
                case "--db-user" -> dbUser = Cli.optionValue(args, ++i, "--db-user");
                default -> throw new Cli.UsageException("Unknown argument '" + args.get(i) + "'");
            }
        }
        if (target == null) {
            throw new Cli.UsageException("Say where the backup goes: --to FILE.zip");
        }
        if (Files.exists(target)) {
            err.println(target + " already exists; a backup never overwrites a file. Choose a new name.");
            return 1;
        }
        if (dbUrl != null && !dbUrl.isBlank() && url == null) {
            if (!PostgresDatabase.handles(dbUrl)) {
                throw new Cli.UsageException("'" + dbUrl + "' is not a PostgreSQL JDBC URL; backup speaks PostgreSQL"
                        + " (--db-url jdbc:postgresql://HOST:PORT/DATABASE) and the H2 data directory (--data-dir)");
            }
            if (dbUser == null || dbUser.isBlank()) {
                throw new Cli.UsageException("Say which PostgreSQL account reads the backup: --db-user NAME (or"
                        + " FACTDESK_DB_USER), the password in FACTDESK_DB_PASSWORD");
            }
            var database = PostgresDatabase.of(dbUrl, dbUser, System.getenv("FACTDESK_DB_PASSWORD"));
            out.println("Backing up the PostgreSQL database " + database + " (one consistent snapshot)");
            try (var connection = database.connect()) {
                var manifest = BackupWriter.write(connection, target);
                out.println("Backup written to " + target + " (" + Files.size(target) + " bytes, schema version "
                        + manifest.schemaVersion() + "): " + DeskSummary.of(connection));
            }
            out.println("Restore it with: restore --from " + target + " --data-dir DIR (H2) or --db-url"
                    + " JDBC_URL_OF_AN_EMPTY_DATABASE --db-user NAME (PostgreSQL)");
            return 0;
        }
        if (url == null) {
            try (var connection = DataDirectory.openIdle(dataDir)) {
                var manifest = BackupWriter.write(connection, target);
                out.println("Backup written to " + target + " (" + Files.size(target) + " bytes, schema version "
                        + manifest.schemaVersion() + "): " + DeskSummary.of(connection));
                return 0;
            } catch (SQLException e) {
                if (!inUse(e)) {
                    throw e;
                }
                var port = System.getenv().getOrDefault("PORT", "8080");
                url = "http://localhost:" + port;
                err.println("The database in " + dataDir + " is in use by a running Factdesk; asking it at " + url);
            }
        }
        return viaApi(URI.create(url.replaceAll("/+$", "") + "/api/v1/admin/backup"), token, user, target, out, err);
    }

    static boolean inUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DataDirectory.DATABASE_IN_USE) {
                return true;
            }
        }
        return false;
    }

    private static int viaApi(URI endpoint, @Nullable String token, String user, Path target, PrintStream out,
            PrintStream err) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", authorization(token, user))
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        var absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        var partial = Files.createTempFile(absolute.getParent(), ".factdesk-backup-", ".zip.part");
        try {
            var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<Path> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofFile(partial));
            } catch (ConnectException e) {
                err.println("No Factdesk answers at " + endpoint.resolve("/") + "; give --url of the running app");
                return 1;
            }
            switch (response.statusCode()) {
                case 200 -> {
                }
                case 401 -> {
                    err.println("Factdesk refused the sign-in of '" + user + "' (or the token). Check the credentials.");
                    return 1;
                }
                case 403 -> {
                    err.println("Only an ADMIN may take a backup; '" + user + "' (or the token's user) is not one.");
                    return 1;
                }
                default -> {
                    err.println("Factdesk answered " + response.statusCode() + ": " + Files.readString(partial,
                            StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                    return 1;
                }
            }
            var manifest = BackupArchive.verify(partial);
            BackupWriter.publishWithoutReplacing(partial, absolute);
            out.println("Backup written to " + target + " (" + Files.size(absolute) + " bytes, schema version "
                    + manifest.schemaVersion() + ") by the Factdesk at " + endpoint.resolve("/"));
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static String authorization(@Nullable String token, String user) {
        if (token != null && !token.isBlank()) {
            return "Bearer " + token.strip();
        }
        var password = System.getenv("FACTDESK_PASSWORD");
        if (password == null && user.equals("admin")) {
            password = System.getenv("FACTDESK_ADMIN_PASSWORD");
        }
        if (password == null && System.console() != null) {
            var typed = System.console().readPassword("Password of %s: ", user);
            password = typed == null ? null : new String(typed);
        }
        if (password == null) {
            throw new IllegalArgumentException("no credentials: give --token (or FACTDESK_TOKEN), or set "
                    + "FACTDESK_PASSWORD for --user " + user);
        }
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
