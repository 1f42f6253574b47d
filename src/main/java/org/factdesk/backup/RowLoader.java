package org.factdesk.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Puts a backup's rows into a schema that Factdesk's own migrations just created: checks that the
 * backup's tables and columns are exactly the schema's, then inserts table by table in foreign-key
 * order with parameterised statements, all in one transaction, and sets each identity column past
 * its highest value. The statements are built from the database's catalogue; the file gives values only.
 */
final class RowLoader {

    private static final int BATCH = 500;

    private RowLoader() {
    }

    static void load(BackupArchive archive, Connection connection) throws IOException, SQLException {
        connection.setAutoCommit(false);
        var catalogue = Catalogue.read(connection);
        try {
            var tables = matched(archive, catalogue);
            var order = catalogue.inDependencyOrder();
            // The migrations seed some rows (the default verdict scale); the backup's rows are the desk's own.
            for (var table : order.reversed()) {
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("delete from " + Catalogue.quote(table.sqlName()));
                }
            }
            for (var table : order) {
                insert(archive, tables.get(table.name()), table, connection);
            }
            connection.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        // After the commit: H2 commits on DDL, and a failure here leaves whole data with ids still to move.
        for (var table : catalogue.tables().values()) {
            restartIdentities(table, connection);
        }
    }

    /** The manifest's tables by name, when they and their columns are exactly the schema's, with the same kinds. */
    private static Map<String, Manifest.Table> matched(BackupArchive archive, Catalogue catalogue)
            throws BackupRefusedException {
        var manifest = archive.manifest();
        var byName = manifest.tables().stream().collect(Collectors.toMap(Manifest.Table::name, t -> t));
        for (var table : manifest.tables()) {
            var here = catalogue.tables().get(table.name());
            if (here == null) {
                throw new BackupRefusedException(archive.shown() + " holds a table '" + table.name() + "' that Factdesk's"
                        + " schema at version " + manifest.schemaVersion() + " does not have");
            }
            var columns = new HashMap<String, Catalogue.Column>();
            here.columns().forEach(c -> columns.put(c.name(), c));
            for (var column : table.columns()) {
                var mine = columns.remove(column.name());
                if (mine == null) {
                    throw new BackupRefusedException(archive.shown() + ": table " + table.name() + " has a column '"
                            + column.name() + "' that Factdesk's schema does not have");
                }
                if (mine.type() != column.type()) {
                    throw new BackupRefusedException(archive.shown() + ": column " + table.name() + "." + column.name()
                            + " is " + column.type() + " in the backup and " + mine.type() + " in Factdesk's schema");
                }
            }
            if (!columns.isEmpty()) {
                throw new BackupRefusedException(archive.shown() + ": table " + table.name() + " lacks the columns "
                        + String.join(", ", columns.keySet()) + " of Factdesk's schema at version "
                        + manifest.schemaVersion());
            }
        }
        for (var name : catalogue.tables().keySet()) {
            if (!byName.containsKey(name)) {
                throw new BackupRefusedException(archive.shown() + " lacks the table " + name + " of Factdesk's schema"
                        + " at version " + manifest.schemaVersion());
            }
        }
        return byName;
    }

    private static void insert(BackupArchive archive, Manifest.Table rows, Catalogue.Table table, Connection connection)
            throws IOException, SQLException {
        var columns = rows.columns().stream().map(c -> table.column(c.name())).toList();
        var deferred = table.selfReferences();
        var insert = "insert into " + Catalogue.quote(table.sqlName()) + " ("
                + columns.stream().map(c -> Catalogue.quote(c.sqlName())).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        var later = new ArrayList<Deferred>();
        try (var statement = connection.prepareStatement(insert)) {
            var batch = new Batch(archive, rows, statement, (bound, values) -> {
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).type().bind(bound, i + 1, values[i], columns.get(i).sqlType());
                }
            });
            archive.readRows(rows, (row, values) -> {
                var inserted = values.clone();
                var deferredValues = new ArrayList<JsonNode>();
                for (int i = 0; i < columns.size(); i++) {
                    if (deferred.contains(columns.get(i))) {
                        deferredValues.add(values[i]);
                        inserted[i] = NullNode.getInstance();
                    }
                }
                if (deferredValues.stream().anyMatch(v -> !v.isNull())) {
                    var key = table.primaryKey().stream().map(k -> values[columns.indexOf(k)]).toList();
                    later.add(new Deferred(row, deferredValues, key));
                }
                batch.add(row, inserted);
            });
            batch.flush();
        }
        if (!later.isEmpty()) {
            var update = "update " + Catalogue.quote(table.sqlName()) + " set "
                    + deferred.stream().map(c -> Catalogue.quote(c.sqlName()) + " = ?").collect(Collectors.joining(", "))
                    + " where " + table.primaryKey().stream().map(c -> Catalogue.quote(c.sqlName()) + " = ?")
                            .collect(Collectors.joining(" and "));
            var bindings = new ArrayList<>(deferred);
            bindings.addAll(table.primaryKey());
            try (var statement = connection.prepareStatement(update)) {
                var batch = new Batch(archive, rows, statement, (bound, values) -> {
                    for (int i = 0; i < bindings.size(); i++) {
                        bindings.get(i).type().bind(bound, i + 1, values[i], bindings.get(i).sqlType());
                    }
                });
                for (var row : later) {
                    var values = new ArrayList<>(row.values());
                    values.addAll(row.key());
                    batch.add(row.row(), values.toArray(JsonNode[]::new));
                }
                batch.flush();
            }
        }
    }

    /** A row whose references to rows of its own table are set once all of them are in. */
    private record Deferred(long row, List<JsonNode> values, List<JsonNode> key) {
    }

    /** Binds one row's values to a statement's parameters. */
    private interface Binder {
        void bind(PreparedStatement statement, JsonNode[] values) throws SQLException;
    }

    /**
     * Statements sent in batches (PostgreSQL's driver rewrites a batch of inserts into multi-row
     * inserts). When the database refuses a batch, it is undone to the savepoint before it and its
     * rows are sent one by one, so that the refusal names the backup's row and the database's reason.
     */
    private static final class Batch {
        private final BackupArchive archive;
        private final Manifest.Table table;
        private final PreparedStatement statement;
        private final Binder binder;
        private final long[] rows = new long[BATCH];
        private final JsonNode[][] values = new JsonNode[BATCH][];
        private int size;

        Batch(BackupArchive archive, Manifest.Table table, PreparedStatement statement, Binder binder) {
            this.archive = archive;
            this.table = table;
            this.statement = statement;
            this.binder = binder;
        }

        void add(long row, JsonNode[] rowValues) throws SQLException {
            binder.bind(statement, rowValues);
            statement.addBatch();
            rows[size] = row;
            values[size++] = rowValues;
            if (size == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (size == 0) {
                return;
            }
            var connection = statement.getConnection();
            var before = connection.setSavepoint();
            try {
                statement.executeBatch();
                connection.releaseSavepoint(before);
            } catch (SQLException e) {
                connection.rollback(before);
                statement.clearBatch();
                for (int i = 0; i < size; i++) {
                    binder.bind(statement, values[i]);
                    try {
                        statement.executeUpdate();
                    } catch (SQLException refused) {
                        throw new SQLException(archive.refused(table, rows[i], "was refused by the database: "
                                + firstLine(refused.getMessage())).getMessage(), refused);
                    }
                }
                throw new SQLException(archive.refused(table, rows[0], "and the " + (size - 1) + " rows after it were"
                        + " refused together by the database: " + firstLine(e.getMessage())).getMessage(), e);
            }
            size = 0;
        }

        private static String firstLine(String message) {
            var line = message == null ? "" : message.strip().lines().findFirst().orElse("");
            return line.length() > 300 ? line.substring(0, 300) + "…" : line;
        }
    }

    private static void restartIdentities(Catalogue.Table table, Connection connection) throws SQLException {
        for (var column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long next;
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("select coalesce(max(" + Catalogue.quote(column.sqlName())
                            + "), 0) + 1 from " + Catalogue.quote(table.sqlName()))) {
                rows.next();
                next = rows.getLong(1);
            }
            try (var statement = connection.createStatement()) {
                statement.execute("alter table " + Catalogue.quote(table.sqlName()) + " alter column "
                        + Catalogue.quote(column.sqlName()) + " restart with " + next);
            }
        }
    }
}
