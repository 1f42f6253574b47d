package org.factdesk.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The schema's rules keep working after the connection that created them is gone, as happens when
 * the pool retires its connections (issue 22, defect 1: H2 2.4.240 evaluated a check constraint's
 * IN list with the session that had created it, so once the pool retired that connection every
 * insert failed with "Check constraint invalid ... The database has been closed").
 */
class DatabaseConnectionLifetimeTest {

    @Test
    void check_constraints_work_after_the_connection_that_created_them_is_closed(@TempDir Path dataDir)
            throws SQLException {
        var url = DataDirectory.jdbcUrl(dataDir) + ";DB_CLOSE_DELAY=-1";
        try (var keeper = DriverManager.getConnection(url, "sa", "")) {
            try (var migrator = DriverManager.getConnection(url, "sa", "")) {
                Flyway.configure().dataSource(new SingleConnectionDataSource(migrator, true))
                        .locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
            }
            try (var writer = DriverManager.getConnection(url, "sa", "")) {
                insertUser(writer, "reviewer-one", "REVIEWER");
                assertThatThrownBy(() -> insertUser(writer, "nobody", "OWNER"))
                        .as("the rule still refuses what it should").hasMessageContaining("CK_APP_USER_ROLE");
            }
            try (var reader = DriverManager.getConnection(url, "sa", "");
                    var rows = reader.createStatement().executeQuery("select count(*) from app_user")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            keeper.createStatement().execute("SHUTDOWN");
        }
    }

    private static void insertUser(Connection connection, String name, String role) throws SQLException {
        try (var insert = connection.prepareStatement("insert into app_user (username, display_name, password_hash, "
                + "role, active, created_at, version) values (?, ?, 'x', ?, true, current_timestamp, 0)")) {
            insert.setString(1, name);
            insert.setString(2, name);
            insert.setString(3, role);
            insert.executeUpdate();
        }
    }
}
