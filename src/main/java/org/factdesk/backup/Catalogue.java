package org.factdesk.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Factdesk's tables as the database's own catalogue describes them (JDBC metadata of the current
 * schema): names, columns and their kinds, primary keys, foreign keys and identity columns. Every
 * identifier a backup or restore puts into SQL comes from here, never from a backup file.
 */
final class Catalogue {

    static final String SCHEMA_HISTORY = "flyway_schema_history";

    /** A column: its lower-case name, its name as the catalogue spells it, and how its values travel. */
    record Column(String name, String sqlName, ColumnType type, int sqlType, boolean identity) {
    }

    /**
     * A table, with the other tables its foreign keys point at and the columns of its foreign keys
     * that point at itself (a claim marked a duplicate of a later claim): those are set after all
     * of its rows are in.
     */
    record Table(String name, String sqlName, List<Column> columns, List<Column> primaryKey, Set<String> references,
            List<Column> selfReferences) {

        Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private final Map<String, Table> tables;
    private final @Nullable String historySqlName;

    private Catalogue(Map<String, Table> tables, @Nullable String historySqlName) {
        this.tables = tables;
        this.historySqlName = historySqlName;
    }

    /** Reads the catalogue of the connection's current schema. */
    static Catalogue read(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        var schema = connection.getSchema();
        var names = new TreeMap<String, String>();
        String history = null;
        try (var rows = meta.getTables(connection.getCatalog(), schema, "%", null)) {
            while (rows.next()) {
                var type = rows.getString("TABLE_TYPE");
                if (!"TABLE".equals(type) && !"BASE TABLE".equals(type)) {
                    continue;
                }
                var sqlName = rows.getString("TABLE_NAME");
                var name = sqlName.toLowerCase(Locale.ROOT);
                if (name.equals(SCHEMA_HISTORY)) {
                    history = sqlName;
                } else if (!Manifest.NAME.matcher(name).matches()) {
                    throw new SQLException("The database holds a table named '" + sqlName + "', which is no part of"
                            + " Factdesk's schema and no name a backup carries. Move it to another schema first.");
                } else {
                    names.put(name, sqlName);
                }
            }
        }
        var tables = new LinkedHashMap<String, Table>();
        for (var entry : names.entrySet()) {
            tables.put(entry.getKey(), table(connection, schema, entry.getKey(), entry.getValue()));
        }
        return new Catalogue(tables, history);
    }

    private static Table table(Connection connection, String schema, String name, String sqlName) throws SQLException {
        var meta = connection.getMetaData();
        var columns = new ArrayList<Column>();
        try (var rows = meta.getColumns(connection.getCatalog(), schema, sqlName, "%")) {
            while (rows.next()) {
                var columnSql = rows.getString("COLUMN_NAME");
                var columnName = columnSql.toLowerCase(Locale.ROOT);
                int sqlType = rows.getInt("DATA_TYPE");
                var typeName = rows.getString("TYPE_NAME");
                var type = ColumnType.of(sqlType, typeName);
                if (type == null || !Manifest.NAME.matcher(columnName).matches()) {
                    throw new SQLException("Column " + columnSql + " of table " + sqlName + " (" + typeName
                            + ") is no kind of column a Factdesk backup carries");
                }
                columns.add(new Column(columnName, columnSql, type, sqlType,
                        "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        var keyColumns = new TreeMap<Integer, String>();
        try (var rows = meta.getPrimaryKeys(connection.getCatalog(), schema, sqlName)) {
            while (rows.next()) {
                keyColumns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        var references = new TreeSet<String>();
        var self = new LinkedHashSet<String>();
        try (var rows = meta.getImportedKeys(connection.getCatalog(), schema, sqlName)) {
            while (rows.next()) {
                var target = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (target.equals(name)) {
                    self.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                } else {
                    references.add(target);
                }
            }
        }
        var byName = new LinkedHashMap<String, Column>();
        columns.forEach(c -> byName.put(c.name(), c));
        // No primary key: the whole row orders it (no Factdesk table is without one).
        var key = keyColumns.isEmpty() ? List.copyOf(columns)
                : keyColumns.values().stream().map(byName::get).toList();
        return new Table(name, sqlName, List.copyOf(columns), key, Set.copyOf(references),
                self.stream().map(byName::get).toList());
    }

    /** The tables by lower-case name, in name order. */
    Map<String, Table> tables() {
        return tables;
    }

    /**
     * The tables in an order in which every foreign key points at a table that comes earlier (by
     * name where the keys leave a choice, so that it is always the same).
     */
    List<Table> inDependencyOrder() throws SQLException {
        var ordered = new ArrayList<Table>();
        var placed = new LinkedHashSet<String>();
        while (placed.size() < tables.size()) {
            var next = tables.values().stream().filter(t -> !placed.contains(t.name()))
                    .filter(t -> t.references().stream().allMatch(r -> placed.contains(r) || !tables.containsKey(r)))
                    .findFirst();
            if (next.isEmpty()) {
                throw new SQLException("The foreign keys between Factdesk's tables form a cycle; no order inserts them");
            }
            ordered.add(next.get());
            placed.add(next.get().name());
        }
        return ordered;
    }

    /** The Flyway version the schema is at, or null where Flyway never ran. */
    @Nullable String schemaVersion(Connection connection) throws SQLException {
        if (historySqlName == null) {
            return null;
        }
        String version = null;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select " + quote("version") + " from " + quote(historySqlName)
                        + " where " + quote("success") + " and " + quote("version") + " is not null order by "
                        + quote("installed_rank"))) {
            while (rows.next()) {
                version = rows.getString(1);
            }
        }
        return version;
    }

    /** An identifier as SQL text, quoted so that it means exactly the catalogue's name. */
    static String quote(String sqlName) {
        return '"' + sqlName.replace("\"", "\"\"") + '"';
    }
}
