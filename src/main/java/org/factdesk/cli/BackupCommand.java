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
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.factdesk.backup.DatabaseBackup;
import org.factdesk.backup.PostgresBackup;
import org.factdesk.base.config.DataDirectory;
import org.jspecify.annotations.Nullable;

/**
 * {@code backup --to FILE}: a consistent copy of the database. On PostgreSQL ({@code --db-url} or
 * {@code FACTDESK_DB_URL}) it is pg_dump's, taken straight from the server. On H2, when no Factdesk runs on the data
 * directory the database is opened directly; when one does (the database is locked), the running
 * app is asked for the backup through its admin API, so the copy is taken while it keeps working.
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
        return "java -jar factdesk.jar backup --to FILE [--data-dir DIR | --db-url JDBC_URL [--db-user NAME]]\n"
                + "                                    [--url URL] [--token TOKEN | --user NAME]\n"
                + "  On H2 (the default) the backup is a zip of a database file holding one snapshot (FILE.zip).\n"
                + "  On PostgreSQL it is pg_dump --format=custom (FILE.dump), one consistent snapshot; pg_dump\n"
                + "  must be installed (PATH, /usr/lib/postgresql/*/bin or FACTDESK_PG_BIN).\n"
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
            throw new Cli.UsageException("Say where the backup goes: --to FILE.zip (H2) or --to FILE.dump (PostgreSQL)");
        }
        if (Files.exists(target)) {
            err.println(target + " already exists; a backup never overwrites a file. Choose a new name.");
            return 1;
        }
        if (dbUrl != null && !dbUrl.isBlank() && url == null) {
            if (!PostgresBackup.handles(dbUrl)) {
                throw new Cli.UsageException("'" + dbUrl + "' is not a PostgreSQL JDBC URL; backup speaks PostgreSQL"
                        + " (--db-url jdbc:postgresql://HOST:PORT/DATABASE) and the H2 data directory (--data-dir)");
            }
            var database = PostgresBackup.Database.of(dbUrl, dbUser, System.getenv("FACTDESK_DB_PASSWORD"));
            out.println("Backing up the PostgreSQL database " + database + " with pg_dump (custom format, one"
                    + " consistent snapshot)");
            PostgresBackup.backup(database, target);
            out.println("Backup written to " + target + " (" + Files.size(target) + " bytes): "
                    + PostgresBackup.summarize(database));
            out.println("Restore it with: restore --from " + target + " --db-url JDBC_URL_OF_AN_EMPTY_DATABASE");
            return 0;
        }
        if (url == null) {
            try (var connection = DatabaseBackup.openIdle(dataDir)) {
                DatabaseBackup.backup(connection, target);
                out.println("Backup written to " + target + " (" + Files.size(target) + " bytes, an H2 snapshot): "
                        + DatabaseBackup.summarize(connection));
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

    private static boolean inUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DatabaseBackup.DATABASE_IN_USE) {
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
            var tool = response.headers().firstValue("X-Factdesk-Backup-Tool").orElse("H2 SCRIPT snapshot");
            if (tool.equals("pg_dump")) {
                PostgresBackup.verify(partial);
            } else {
                DatabaseBackup.verify(partial);
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            out.println("Backup written to " + target + " (" + Files.size(absolute) + " bytes, " + tool
                    + ") by the Factdesk at " + endpoint.resolve("/"));
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String authorization(@Nullable String token, String user) {
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
