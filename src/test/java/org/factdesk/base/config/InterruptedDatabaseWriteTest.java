package org.factdesk.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it writes to the embedded database (as Spring interrupts the starting
 * thread when the app is stopped during start-up) does not close the database: the write is done,
 * and the clean stop's SHUTDOWN COMPACT still runs. The same writes through H2's plain {@code file:}
 * URL close it, which is what the data directory's URL is chosen against.
 */
class InterruptedDatabaseWriteTest {

    @Test
    void writes_by_an_interrupted_thread_commit_and_the_database_stays_open(@TempDir Path dir) throws Exception {
        var url = DataDirectory.jdbcUrl(dir) + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            interruptedWrites(connection);
            try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(20);
            }
            connection.createStatement().execute("SHUTDOWN COMPACT");
        } finally {
            Thread.interrupted();
        }
        try (var reopened = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                var rows = reopened.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            rows.next();
            assertThat(rows.getInt(1)).as("after a clean shutdown and reopening").isEqualTo(20);
            reopened.createStatement().execute("SHUTDOWN");
        }
        assertThat(DataDirectory.databaseFile(dir)).exists();
    }

    @Test
    void the_plain_file_url_loses_the_database_to_an_interrupt(@TempDir Path dir) throws Exception {
        var url = "jdbc:h2:file:" + dir.resolve("plain") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThatThrownBy(() -> interruptedWrites(connection)).isInstanceOf(SQLException.class);
        } catch (SQLException closing) {
            // the database is already closed; closing the connection may say so
        } finally {
            Thread.interrupted();
        }
    }

    private static void interruptedWrites(Connection connection) throws SQLException {
        connection.createStatement().execute("CREATE TABLE t(id INT PRIMARY KEY, v VARCHAR)");
        connection.setAutoCommit(false);
        for (int i = 0; i < 20; i++) {
            Thread.currentThread().interrupt();
            connection.createStatement().execute("INSERT INTO t VALUES (" + i + ", '" + "x".repeat(2000) + "')");
            connection.commit();
        }
        connection.setAutoCommit(true);
    }
}
