package org.factdesk.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL database and the account to reach it with, as the command line is given them. No
 * account is assumed: a restore runs as the one it is told, never as a default superuser.
 */
public record PostgresDatabase(String jdbcUrl, String user, String password) {

    public PostgresDatabase {
        if (!handles(jdbcUrl) || !jdbcUrl.matches("jdbc:postgresql://[^/]*/[^/?]+(\\?.*)?")) {
            throw new IllegalArgumentException("'" + jdbcUrl + "' is not a PostgreSQL JDBC URL of the form"
                    + " jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("Say which PostgreSQL account to use (--db-user or FACTDESK_DB_USER):"
                    + " Factdesk assumes none");
        }
    }

    /** From the command line's settings; a password may be absent (trust or peer authentication). */
    public static PostgresDatabase of(String jdbcUrl, @Nullable String user, @Nullable String password) {
        return new PostgresDatabase(jdbcUrl.strip(), user == null ? "" : user.strip(), password == null ? "" : password);
    }

    /** Whether a JDBC URL names a PostgreSQL database. */
    public static boolean handles(@Nullable String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        // A restore's batches of inserts go as multi-row inserts (several times faster); the URL may say otherwise.
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    @Override
    public String toString() {
        return jdbcUrl.replaceAll("\\?.*", "") + " as " + user;
    }
}
