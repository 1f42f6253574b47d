package org.factdesk.cli;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.backup.PostgresDatabase;
import org.factdesk.base.config.DataDirectory;
import org.factdesk.publication.PublicationChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verify-publications}: checks the desk's chain of publications end to end (every record
 * still hashes to its hash, names the one before it, and the chain ends where its head says),
 * reading the database directly (H2 data directory or PostgreSQL), or asking the running Factdesk
 * when it holds the H2 database. Exit 0 when intact, 2 when broken, 1 when it could not check.
 */
final class VerifyPublicationsCommand implements CliCommand {

    static final int BROKEN = 2;

    @Override
    public String name() {
        return "verify-publications";
    }

    @Override
    public String summary() {
        return "check that nothing the desk published was changed, removed or reordered";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar verify-publications [--data-dir DIR | --db-url JDBC_URL --db-user NAME]\n"
                + "                                    [--url URL] [--token TOKEN | --user NAME]\n"
                + "  Reads every publication, recomputes its SHA-256 and follows the chain of hashes; prints each\n"
                + "  break. Exit status 0: intact; 2: broken; 1: could not check.\n"
                + "  --data-dir  the H2 data directory (default: FACTDESK_DATA_DIR, else ./data); while a Factdesk\n"
                + "              runs on it, that Factdesk is asked (--url, --token or --user as for backup)\n"
                + "  --db-url    a PostgreSQL database (default: FACTDESK_DB_URL), with --db-user (default:\n"
                + "              FACTDESK_DB_USER) and the password in FACTDESK_DB_PASSWORD";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dataDir = DataDirectory.fromEnvironment();
        String url = null;
        String token = System.getenv("FACTDESK_TOKEN");
        String user = "admin";
        String dbUrl = System.getenv("FACTDESK_DB_URL");
        String dbUser = System.getenv("FACTDESK_DB_USER");
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--data-dir" -> dataDir = Path.of(Cli.optionValue(args, ++i, "--data-dir"));
                case "--url" -> url = Cli.optionValue(args, ++i, "--url");
                case "--token" -> token = Cli.optionValue(args, ++i, "--token");
                case "--user" -> user = Cli.optionValue(args, ++i, "--user");
                case "--db-url" -> dbUrl = Cli.optionValue(args, ++i, "--db-url");
                case "--db-user" -> dbUser = Cli.optionValue(args, ++i, "--db-user");
                default -> throw new Cli.UsageException("Unknown argument '" + args.get(i) + "'");
            }
        }
        if (dbUrl != null && !dbUrl.isBlank() && url == null) {
            if (!PostgresDatabase.handles(dbUrl)) {
                throw new Cli.UsageException("'" + dbUrl + "' is not a PostgreSQL JDBC URL");
            }
            if (dbUser == null || dbUser.isBlank()) {
                throw new Cli.UsageException("Say which PostgreSQL account reads: --db-user NAME (or FACTDESK_DB_USER)");
            }
            try (var connection = PostgresDatabase.of(dbUrl, dbUser, System.getenv("FACTDESK_DB_PASSWORD")).connect()) {
                return report(read(connection), out);
            }
        }
        if (url == null) {
            try (var connection = DataDirectory.openIdle(dataDir)) {
                return report(read(connection), out);
            } catch (SQLException e) {
                if (!BackupCommand.inUse(e)) {
                    throw e;
                }
                url = "http://localhost:" + System.getenv().getOrDefault("PORT", "8080");
                err.println("The database in " + dataDir + " is in use by a running Factdesk; asking it at " + url);
            }
        }
        return viaApi(URI.create(url.replaceAll("/+$", "") + "/api/v1/admin/publications/verification"), token, user,
                out, err);
    }

    /** Every publication in chain order, and the head, straight from the tables. */
    static PublicationChain.Verification read(Connection connection) throws SQLException {
        connection.setReadOnly(true);
        var rows = new ArrayList<PublicationChain.Row>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select id, sequence, claim_id, version, published_at, body, sha256,"
                        + " previous_sha256 from publication order by sequence, id")) {
            while (result.next()) {
                rows.add(new PublicationChain.Row(result.getLong(1), result.getLong(2), result.getLong(3), result.getInt(4),
                        result.getObject(5, OffsetDateTime.class).toInstant(), result.getString(6), result.getString(7),
                        result.getString(8)));
            }
        }
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select sequence, sha256 from publication_head where id = 1")) {
            var head = result.next() ? new PublicationChain.Head(result.getLong(1), result.getString(2))
                    : new PublicationChain.Head(-1, "(the head row is missing)");
            return PublicationChain.verify(rows, head);
        }
    }

    private static int report(PublicationChain.Verification verification, PrintStream out) {
        out.println(verification.summary());
        for (var b : verification.breaks()) {
            out.println("  publication " + b.publicationId() + " (number " + b.sequence() + "): " + b.problem());
        }
        return verification.intact() ? 0 : BROKEN;
    }

    private static int viaApi(URI endpoint, String token, String user, PrintStream out, PrintStream err)
            throws java.io.IOException, InterruptedException {
        var request = HttpRequest.newBuilder(endpoint).header("Authorization", BackupCommand.authorization(token, user))
                .header("Accept", "application/json").timeout(Duration.ofMinutes(10)).GET().build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            err.println("No Factdesk answers at " + endpoint.resolve("/") + "; give --url of the running app");
            return 1;
        }
        if (response.statusCode() != 200) {
            err.println("Factdesk answered " + response.statusCode() + (response.statusCode() == 403
                    ? ": only an ADMIN may check the chain" : ": " + response.body().lines().findFirst().orElse("")));
            return 1;
        }
        var json = JsonMapper.builder().build().readTree(response.body());
        var breaks = new ArrayList<PublicationChain.Break>();
        json.get("breaks").forEach(b -> breaks.add(new PublicationChain.Break(b.get("sequence").asLong(),
                b.get("publicationId").asLong(), b.get("problem").asString())));
        var last = json.get("lastSha256");
        return report(new PublicationChain.Verification(json.get("checked").asLong(),
                last == null || last.isNull() ? null : last.asString(), breaks), out);
    }
}
