package org.factdesk.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Backup and restore of Factdesk on PostgreSQL with PostgreSQL's own tools: a backup is
 * {@code pg_dump --format=custom} (one snapshot, so consistent while the desk keeps writing, and
 * readable by any later {@code pg_restore}); a restore is {@code pg_restore --single-transaction}
 * into an empty database, so it lands whole or not at all. No Spring here: the command line uses
 * this as well as the running app.
 *
 * <p>Before a dump is restored its table of contents is read ({@code pg_restore --list}) and the
 * restore is refused unless it holds only what Factdesk's schema holds — tables, sequences, their
 * data, defaults, constraints and indexes. A dump that defines functions, triggers, rules, views,
 * extensions or anything else would run code in the database; Factdesk's own dumps never do.
 */
public final class PostgresBackup {

    /** The kinds of entry Factdesk's schema consists of (pg_restore's names for them). */
    private static final List<String> ALLOWED = List.of("TABLE DATA", "TABLE", "SEQUENCE OWNED BY", "SEQUENCE SET",
            "SEQUENCE", "DEFAULT", "FK CONSTRAINT", "CONSTRAINT", "INDEX");

    /** One line of {@code pg_restore --list}: {@code 215; 1259 16389 TABLE public claim owner}. */
    private static final Pattern ENTRY = Pattern.compile("^\\d+;\\s+\\d+\\s+\\d+\\s+(.*)$");

    private static final Pattern URL = Pattern.compile(
            "^jdbc:postgresql://(?:([^/:?\\[\\]]+|\\[[^\\]]+\\])(?::(\\d+))?)?/([^?]+)(?:\\?.*)?$");

    private PostgresBackup() {
    }

    /** Whether a JDBC URL names a PostgreSQL database. */
    public static boolean handles(@Nullable String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** A PostgreSQL database and the account to reach it with (the same ones Factdesk uses). */
    public record Database(String host, int port, String name, String user, String password) {

        /**
         * From Factdesk's settings: {@code jdbc:postgresql://host[:port]/database}. Settings in the
         * URL's query (other than the ones pg_dump has no use for) are not carried over.
         */
        public static Database of(String jdbcUrl, @Nullable String user, @Nullable String password) {
            var m = URL.matcher(jdbcUrl.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + jdbcUrl + "' is not a PostgreSQL JDBC URL of the form"
                        + " jdbc:postgresql://HOST[:PORT]/DATABASE");
            }
            var host = m.group(1) == null ? "localhost" : m.group(1).replaceAll("^\\[|\\]$", "");
            int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
            return new Database(host, port, m.group(3), user == null || user.isBlank() ? "postgres" : user,
                    password == null ? "" : password);
        }

        String jdbcUrl() {
            return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + name;
        }

        Connection connect() throws SQLException {
            var properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            return DriverManager.getConnection(jdbcUrl(), properties);
        }

        /** The connection arguments shared by pg_dump and pg_restore (the password goes by environment). */
        List<String> arguments() {
            return List.of("--host=" + host, "--port=" + port, "--username=" + user, "--no-password");
        }

        @Override
        public String toString() {
            return name + " on " + host + ":" + port + " as " + user;
        }
    }

    /**
     * Writes a consistent dump of the database to {@code target}; the file appears only when it is
     * complete and has been read back, and never replaces an existing file.
     */
    public static void backup(Database database, Path target) throws IOException {
        var absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        var partial = Files.createTempFile(absolute.getParent(), ".factdesk-backup-", ".dump.part");
        try {
            var command = new ArrayList<String>();
            command.add(tool("pg_dump").toString());
            command.addAll(database.arguments());
            command.addAll(List.of("--format=custom", "--no-owner", "--no-privileges", "--file=" + partial,
                    "--dbname=" + database.name()));
            run(command, database, "pg_dump");
            verify(partial);
            DatabaseBackup.publishWithoutReplacing(partial, absolute);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Checks that a file is a Factdesk dump: pg_restore can read it and it holds Factdesk's tables.
     * Answers its entries. (A backup is checked this far; a restore also refuses code, see
     * {@link #refuseCode}.)
     */
    public static List<String> verify(Path dump) throws IOException {
        if (!Files.isRegularFile(dump)) {
            throw new IOException("No backup file at " + dump.toAbsolutePath().normalize());
        }
        var shown = dump.getFileName().toString();
        var pgRestore = tool("pg_restore").toString();
        List<String> entries;
        try {
            entries = run(List.of(pgRestore, "--list", dump.toString()), null, "pg_restore").lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith(";")).toList();
        } catch (IOException e) {
            throw new IOException(shown + " is not a PostgreSQL dump that pg_restore can read ("
                    + e.getMessage() + ")", e);
        }
        var tables = new ArrayList<String>();
        for (var entry : entries) {
            var m = ENTRY.matcher(entry);
            var rest = m.matches() ? m.group(1) : entry;
            if (rest.startsWith("TABLE ") && !rest.startsWith("TABLE DATA ")) {
                var parts = rest.split("\\s+");
                if (parts.length >= 3) {
                    tables.add(parts[2].toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!tables.containsAll(List.of("flyway_schema_history", "claim", "document", "app_user"))) {
            throw new IOException(shown + " is a PostgreSQL dump but not of a Factdesk database (it has no claim,"
                    + " document, app_user and flyway_schema_history tables)");
        }
        return entries;
    }

    /**
     * Refuses a dump whose entries are anything but the kinds Factdesk's schema consists of: a
     * function, trigger, rule, view, extension and the like would run code in the database.
     */
    static void refuseCode(List<String> entries, String shown) throws IOException {
        var refused = new ArrayList<String>();
        for (var entry : entries) {
            var m = ENTRY.matcher(entry);
            var rest = m.matches() ? m.group(1) : entry;
            if (ALLOWED.stream().noneMatch(kind -> rest.startsWith(kind + " "))) {
                refused.add(rest);
            }
        }
        if (!refused.isEmpty()) {
            throw new IOException("The backup " + shown + " holds definitions that would run code in the database or"
                    + " are no part of Factdesk's schema (" + String.join(", ", refused.stream().limit(10).toList())
                    + "). Factdesk's own backups never do: it was made or changed elsewhere. Nothing was restored.");
        }
    }

    /**
     * Restores a dump into a database that holds no tables yet, in one transaction: the database
     * ends up with all of the backup or, when anything fails, unchanged.
     */
    public static void restore(Path dump, Database database) throws IOException, SQLException {
        refuseCode(verify(dump), dump.getFileName().toString());
        try (var connection = database.connect()) {
            var existing = userTables(connection);
            if (!existing.isEmpty()) {
                throw new IOException("The database " + database + " already holds tables ("
                        + String.join(", ", existing.stream().limit(5).toList()) + (existing.size() > 5 ? ", …" : "")
                        + "). Restore into a new, empty database (createdb NAME): a restore never overwrites data.");
            }
        }
        var command = new ArrayList<String>();
        command.add(tool("pg_restore").toString());
        command.addAll(database.arguments());
        command.addAll(List.of("--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
                "--dbname=" + database.name(), dump.toString()));
        run(command, database, "pg_restore");
        try (var connection = database.connect()) {
            DatabaseBackup.summarize(connection);
        }
    }

    /** What the database holds, as {@link DatabaseBackup#summarize} says it. */
    public static DatabaseBackup.Summary summarize(Database database) throws SQLException {
        try (var connection = database.connect()) {
            return DatabaseBackup.summarize(connection);
        }
    }

    private static List<String> userTables(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_schema not in ('pg_catalog', 'information_schema') order by 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /**
     * The PostgreSQL client program: from {@code FACTDESK_PG_BIN} when set, else on the PATH, else the
     * newest {@code /usr/lib/postgresql/VERSION/bin} (Debian's packages put it there).
     */
    public static Path tool(String name) throws IOException {
        var candidates = new ArrayList<Path>();
        var configured = System.getenv("FACTDESK_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured, name));
        } else {
            var path = System.getenv("PATH");
            if (path != null) {
                for (var dir : path.split(java.io.File.pathSeparator)) {
                    if (!dir.isBlank()) {
                        candidates.add(Path.of(dir, name));
                    }
                }
            }
            var debian = Path.of("/usr/lib/postgresql");
            if (Files.isDirectory(debian)) {
                try (Stream<Path> versions = Files.list(debian)) {
                    versions.sorted(Comparator.comparing(PostgresBackup::majorVersion).reversed())
                            .forEach(v -> candidates.add(v.resolve("bin").resolve(name)));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IOException(
                "could not find PostgreSQL's " + name + " (install the PostgreSQL client, e.g. Debian's"
                        + " postgresql-client, or set FACTDESK_PG_BIN to the folder that holds it)"));
    }

    private static int majorVersion(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Runs a PostgreSQL client program; answers what it printed, or fails with what it said. */
    private static String run(List<String> command, @Nullable Database database, String what) throws IOException {
        var builder = new ProcessBuilder(command);
        var environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("PG"));
        if (database != null && !database.password().isEmpty()) {
            environment.put("PGPASSWORD", database.password());
        }
        environment.putAll(Map.of("PGCONNECT_TIMEOUT", "10", "LC_MESSAGES", "C"));
        var errors = Files.createTempFile("factdesk-" + what + "-", ".log");
        try {
            builder.redirectError(errors.toFile());
            var process = builder.start();
            process.getOutputStream().close();
            String output;
            try (var in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int exit;
            try {
                exit = process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException(what + " was interrupted", e);
            }
            if (exit != 0) {
                var said = Files.readString(errors, StandardCharsets.UTF_8).strip().replace(
                        database == null || database.password().isEmpty() ? "\u0000" : database.password(), "***");
                throw new IOException(what + " failed (exit " + exit + "): "
                        + (said.length() > 1000 ? said.substring(0, 1000) + " …" : said));
            }
            return output;
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
