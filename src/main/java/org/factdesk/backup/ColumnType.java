package org.factdesk.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How a column's values travel in a backup: as plain JSON values that mean the same on H2 and on
 * PostgreSQL. Each kind reads a value from a result set, says whether a JSON value is one of its
 * own, and binds it to a parameter; no value is ever written into SQL text.
 */
public enum ColumnType {
    /** Whole numbers (bigint, integer, smallint): a JSON number. */
    INTEGER,
    /** Exact decimals: a string, so that no digit is lost to floating point. */
    DECIMAL,
    /** Floating point: a JSON number. */
    REAL,
    BOOLEAN,
    /** Character strings of any length. */
    TEXT,
    /** A calendar date, ISO-8601 ({@code 2026-12-06}). */
    DATE,
    /** An instant (timestamp with time zone), ISO-8601 in UTC ({@code 2026-12-06T23:26:14.123456Z}). */
    TIMESTAMP,
    /** A timestamp without time zone, ISO-8601 ({@code 2026-12-06T23:26:14.123456}). */
    LOCAL_TIMESTAMP,
    /** Bytes, in base64. */
    BINARY;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * The kind of a column as the database's catalogue describes it ({@code DATA_TYPE} and
     * {@code TYPE_NAME} of JDBC's column metadata), or null when a backup cannot carry it.
     */
    static @Nullable ColumnType of(int jdbcType, String typeName) {
        var name = typeName.toLowerCase(Locale.ROOT);
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> REAL;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
            // PostgreSQL's driver reports timestamptz as TIMESTAMP; its type name tells them apart.
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? TIMESTAMP : LOCAL_TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> null;
        };
    }

    /** The value of column {@code index} of the current row, as it goes into the backup. */
    JsonNode read(ResultSet rows, int index) throws SQLException {
        JsonNode value = switch (this) {
            case INTEGER -> {
                long v = rows.getLong(index);
                yield rows.wasNull() ? null : JSON.numberNode(v);
            }
            case DECIMAL -> {
                var v = rows.getBigDecimal(index);
                yield v == null ? null : JSON.stringNode(v.toPlainString());
            }
            case REAL -> {
                double v = rows.getDouble(index);
                yield rows.wasNull() ? null : JSON.numberNode(v);
            }
            case BOOLEAN -> {
                boolean v = rows.getBoolean(index);
                yield rows.wasNull() ? null : JSON.booleanNode(v);
            }
            case TEXT -> {
                var v = rows.getString(index);
                yield v == null ? null : JSON.stringNode(v);
            }
            case DATE -> {
                var v = rows.getObject(index, LocalDate.class);
                yield v == null ? null : JSON.stringNode(v.toString());
            }
            case TIMESTAMP -> {
                var v = rows.getObject(index, OffsetDateTime.class);
                yield v == null ? null : JSON.stringNode(v.toInstant().toString());
            }
            case LOCAL_TIMESTAMP -> {
                var v = rows.getObject(index, LocalDateTime.class);
                yield v == null ? null : JSON.stringNode(v.toString());
            }
            case BINARY -> {
                var v = rows.getBytes(index);
                yield v == null ? null : JSON.stringNode(Base64.getEncoder().encodeToString(v));
            }
        };
        return value == null ? JSON.nullNode() : value;
    }

    /** What is wrong with a value for a column of this kind, or null when it is one (JSON null always is). */
    @Nullable String problem(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        try {
            return switch (this) {
                case INTEGER -> value.isIntegralNumber() && value.canConvertToLong() ? null : "a whole number";
                case REAL -> value.isNumber() ? null : "a number";
                case BOOLEAN -> value.isBoolean() ? null : "true or false";
                case TEXT -> value.isString() ? null : "a string";
                case DECIMAL -> value.isString() && parse(value) != null ? null : "a decimal number as a string";
                default -> value.isString() && parse(value) != null ? null : "a " + describe() + " as a string";
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return "a " + describe() + " as a string";
        }
    }

    private String describe() {
        return switch (this) {
            case DATE -> "date (2026-12-06)";
            case TIMESTAMP -> "UTC timestamp (2026-12-06T10:15:30Z)";
            case LOCAL_TIMESTAMP -> "timestamp (2026-12-06T10:15:30)";
            case BINARY -> "base64 text";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    private @Nullable Object parse(JsonNode value) {
        var text = value.stringValue();
        return switch (this) {
            case DECIMAL -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case TIMESTAMP -> Instant.parse(text).atOffset(ZoneOffset.UTC);
            case LOCAL_TIMESTAMP -> LocalDateTime.parse(text);
            case BINARY -> Base64.getDecoder().decode(text);
            default -> null;
        };
    }

    /** Binds a value that {@link #problem} accepted to parameter {@code index}; {@code sqlType} is the column's JDBC type. */
    void bind(PreparedStatement statement, int index, JsonNode value, int sqlType) throws SQLException {
        if (value.isNull()) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> statement.setLong(index, value.longValue());
            case REAL -> statement.setDouble(index, value.doubleValue());
            case BOOLEAN -> statement.setBoolean(index, value.booleanValue());
            case TEXT -> statement.setString(index, value.stringValue());
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) parse(value));
            case BINARY -> statement.setBytes(index, (byte[]) parse(value));
            default -> statement.setObject(index, parse(value));
        }
    }
}
