package org.factdesk.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.factdesk.IntegrationTest;
import org.factdesk.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The database tests run on the database the build asked for: H2 in the first run, PostgreSQL in the second. */
@IntegrationTest
class DatabaseUnderTestTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_app_runs_on_the_database_this_run_is_for() throws Exception {
        try (var c = dataSource.getConnection()) {
            var product = c.getMetaData().getDatabaseProductName();
            System.out.println("database under test: " + product + " " + c.getMetaData().getDatabaseProductVersion());
            assertThat(product).isEqualTo(PostgresTestDatabase.wanted() ? "PostgreSQL" : "H2");
            if (PostgresTestDatabase.wanted()) {
                try (var s = c.createStatement(); var r = s.executeQuery("show lock_timeout")) {
                    r.next();
                    assertThat(r.getString(1)).as("a claim write waits at most 10 s for another").isEqualTo("10s");
                }
            }
        }
    }
}
