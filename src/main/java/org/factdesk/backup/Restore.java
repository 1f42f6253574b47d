package org.factdesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.factdesk.base.config.DataDirectory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Restores a Factdesk backup into an empty place: an H2 data directory or a PostgreSQL database.
 * Factdesk creates the schema itself with its own Flyway migrations, at the version the backup was
 * taken at, then {@link RowLoader inserts the rows} with parameterised statements in one
 * transaction, then migrates forward. Nothing from the file is ever executed: it supplies values,
 * and every statement is Factdesk's own. Every row is read and checked before anything is written;
 * a restore that fails at any step leaves the place as empty as it found it.
 */
public final class Restore {

    private Restore() {
    }

    /**
     * Into a data directory that holds no database. The database is built in a scratch folder of
     * the directory and given its name only when complete (an interrupted restore leaves only the
     * scratch folder, which Factdesk removes when it starts).
     */
    public static DeskSummary intoH2(Path backup, Path dataDir) throws IOException, SQLException {
        var target = DataDirectory.databaseFile(dataDir);
        if (Files.exists(target)) {
            throw new BackupRefusedException("The data directory " + target.getParent() + " already holds a database ("
                    + DataDirectory.DATABASE_FILE + "). Restore into an empty directory, or move the old one away"
                    + " first: a restore never overwrites data.");
        }
        try (var archive = BackupArchive.open(backup)) {
            archive.checkRows();
            Files.createDirectories(target.getParent());
            var work = Files.createTempDirectory(target.getParent(), ".factdesk-restore-");
            try {
                var url = DataDirectory.jdbcUrl(work);
                var flyway = Flyway.configure().dataSource(url, "sa", "").locations(locations("h2"));
                migrate(archive, flyway, () -> DriverManager.getConnection(url, "sa", ""));
                DeskSummary summary;
                try (var connection = DriverManager.getConnection(url, "sa", "")) {
                    summary = DeskSummary.of(connection);
                    try (var statement = connection.createStatement()) {
                        statement.execute("SHUTDOWN COMPACT");
                    }
                }
                BackupWriter.publishWithoutReplacing(DataDirectory.databaseFile(work), target);
                return summary;
            } finally {
                deleteTree(work);
            }
        }
    }

    /**
     * Into a PostgreSQL database with no objects of its own, as the account given. A superuser is
     * refused unless {@code allowSuperuser}: a restore needs only to create tables in its database.
     */
    public static DeskSummary intoPostgres(Path backup, PostgresDatabase database, boolean allowSuperuser)
            throws IOException, SQLException {
        try (var archive = BackupArchive.open(backup)) {
            archive.checkRows();
            try (var connection = database.connect()) {
                if (superuser(connection) && !allowSuperuser) {
                    throw new BackupRefusedException("The account " + database.user() + " is a PostgreSQL superuser."
                            + " A restore needs only to create tables in its own database: run it as the account"
                            + " Factdesk uses (--db-user), or say --allow-superuser if you must.");
                }
                var objects = objectsIn(connection);
                if (!objects.isEmpty()) {
                    throw new BackupRefusedException("The database " + database + " is not empty: it holds "
                            + String.join(", ", objects.stream().limit(5).toList()) + (objects.size() > 5 ? ", …" : "")
                            + ". Restore into a new, empty database (createdb NAME): a restore never overwrites data.");
                }
            }
            var flyway = Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                    .locations(locations("postgresql")).cleanDisabled(false);
            try {
                migrate(archive, flyway, database::connect);
            } catch (IOException | SQLException | RuntimeException e) {
                // The database was empty before; what Flyway created is dropped again (data never committed).
                try {
                    flyway.load().clean();
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            try (var connection = database.connect()) {
                return DeskSummary.of(connection);
            }
        }
    }

    /** Whether the account is a superuser: it could do far more than a restore needs. */
    public static boolean superuser(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select rolsuper from pg_catalog.pg_roles where rolname = current_user")) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    /**
     * Everything in the database beyond PostgreSQL's own catalogue, read from the catalogue itself so
     * that objects the account may not read are seen too: relations, functions, operators, types,
     * event triggers and extensions (other than the built-in plpgsql).
     */
    static java.util.List<String> objectsIn(Connection connection) throws SQLException {
        var user = " n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'"
                + " and n.nspname not like 'pg\\_temp%'";
        var sql = "select 'table ' || n.nspname || '.' || c.relname from pg_catalog.pg_class c"
                + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace where" + user
                + " union all select 'function ' || n.nspname || '.' || p.proname from pg_catalog.pg_proc p"
                + " join pg_catalog.pg_namespace n on n.oid = p.pronamespace where" + user
                + " union all select 'operator ' || n.nspname || '.' || o.oprname from pg_catalog.pg_operator o"
                + " join pg_catalog.pg_namespace n on n.oid = o.oprnamespace where" + user
                + " union all select 'type ' || n.nspname || '.' || t.typname from pg_catalog.pg_type t"
                + " join pg_catalog.pg_namespace n on n.oid = t.typnamespace where" + user
                + " and t.typrelid = 0 and t.typelem = 0" // a table's row type and arrays go with what they belong to
                + " union all select 'event trigger ' || evtname from pg_catalog.pg_event_trigger"
                + " union all select 'extension ' || extname from pg_catalog.pg_extension where extname <> 'plpgsql'";
        var found = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    /**
     * Creates the schema at the backup's version, loads the rows in one transaction, and migrates
     * forward to this build's schema.
     */
    private static void migrate(BackupArchive archive, org.flywaydb.core.api.configuration.FluentConfiguration flyway,
            Connector connector) throws IOException, SQLException {
        var wanted = schemaVersion(archive, flyway.load());
        var migrated = flyway.load();
        var atBackup = Flyway.configure().configuration(migrated.getConfiguration()).target(wanted).load();
        atBackup.migrate();
        try (var connection = connector.connect()) {
            RowLoader.load(archive, connection);
        }
        migrated.migrate();
    }

    /** The backup's schema version, if this build knows it and it is not newer than this build's schema. */
    private static MigrationVersion schemaVersion(BackupArchive archive, Flyway flyway) throws BackupRefusedException {
        var wanted = MigrationVersion.fromVersion(archive.manifest().schemaVersion());
        var known = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull).toList();
        var newest = known.stream().max(Comparator.naturalOrder()).orElseThrow();
        if (wanted.isNewerThan(newest)) {
            throw new BackupRefusedException(archive.shown() + " was taken by a newer Factdesk (schema version "
                    + wanted + "; this one knows versions up to " + newest + "). Restore it with that version or later.");
        }
        if (!known.contains(wanted)) {
            throw new BackupRefusedException(archive.shown() + " names schema version " + wanted + ", which is no"
                    + " version of Factdesk's schema");
        }
        return wanted;
    }

    /** How the rows' connection is opened (with the driver settings a bulk load wants). */
    private interface Connector {
        Connection connect() throws SQLException;
    }

    static String[] locations(String vendor) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
