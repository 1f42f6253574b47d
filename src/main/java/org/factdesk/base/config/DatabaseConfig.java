package org.factdesk.base.config;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The database and its connection pool. The H2 database in the data directory is configured so that a
 * committed transaction is on disk (see {@link DataDirectory}).
 *
 * <p>It is also kept open for the life of the app, not of the pool's connections
 * ({@code DB_CLOSE_DELAY=-1}): H2 closes an embedded database when its last connection closes, and a
 * pool that may drop to no idle connection would then reopen (and recover) it on the next request.
 * The app shuts the database down itself when it stops ({@code DB_CLOSE_ON_EXIT=FALSE}, {@code SHUTDOWN}
 * before the pool closes), after its last write. (The "database has been closed" failures after half an
 * hour of uptime, issue 22, came from H2 2.4.240 itself: its check constraints kept the session that
 * created them, and the pool retires that connection after 30 minutes. H2 2.5 fixes it; see the pom.)
 *
 * <p>The pool keeps HikariCP's defaults, which suit a database server (connections retired after 30
 * minutes, before a server or firewall drops them). They can be set for the team database, and
 * shortened so that tests go through many retirements in minutes:
 * {@code factdesk.db-pool-max-lifetime}, {@code factdesk.db-pool-idle-timeout} and
 * {@code factdesk.db-pool-min-idle}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    /**
     * The database server's JDBC URL when there is one: {@code FACTDESK_DB_URL} (with
     * {@code FACTDESK_DB_USER} and {@code FACTDESK_DB_PASSWORD}), or Spring's own
     * {@code spring.datasource.*}; else null, and Factdesk uses the H2 file in its data directory.
     */
    static @org.jspecify.annotations.Nullable String serverUrl(Environment environment) {
        var url = environment.getProperty("factdesk.db.url");
        return url != null && !url.isBlank() ? url : environment.getProperty("spring.datasource.url");
    }

    @Bean
    DataSource dataSource(FactdeskProperties properties, Environment environment) {
        var explicitUrl = serverUrl(environment);
        if (explicitUrl == null) {
            DataDirectory.removeLeftovers(properties.dataDir());
        }
        var dataSource = explicitUrl != null ? new HikariDataSource() : new EmbeddedH2DataSource();
        dataSource.setJdbcUrl(explicitUrl != null ? explicitUrl
                : DataDirectory.jdbcUrl(properties.dataDir()) + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUsername(environment.getProperty("factdesk.db.user",
                environment.getProperty("spring.datasource.username", "sa")));
        dataSource.setPassword(environment.getProperty("factdesk.db.password",
                environment.getProperty("spring.datasource.password", "")));
        if (explicitUrl != null && explicitUrl.startsWith("jdbc:postgresql:")) {
            // A write waits at most 10 s for a claim another request holds, as on H2 (LOCK_TIMEOUT),
            // instead of PostgreSQL's forever; it then answers 409.
            dataSource.setConnectionInitSql("SET lock_timeout = '10s'");
        }
        int poolSize = environment.getProperty("factdesk.db-pool-size", Integer.class, 10);
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setMinimumIdle(environment.getProperty("factdesk.db-pool-min-idle", Integer.class, poolSize));
        dataSource.setMaxLifetime(environment.getProperty("factdesk.db-pool-max-lifetime", Duration.class,
                Duration.ofMinutes(30)).toMillis());
        dataSource.setIdleTimeout(environment.getProperty("factdesk.db-pool-idle-timeout", Duration.class,
                Duration.ofMinutes(10)).toMillis());
        dataSource.setPoolName("factdesk");
        return dataSource;
    }

    /**
     * The pool over the data directory's H2 database, which it shuts down when the app stops, and
     * compacts: the file only grows while the app runs (see {@link DataDirectory#jdbcUrl}).
     */
    static final class EmbeddedH2DataSource extends HikariDataSource {

        private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2DataSource.class);

        @Override
        public void close() {
            if (!isClosed()) {
                try (var connection = getConnection(); var statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                    LOG.info("The database is shut down and compacted");
                } catch (SQLException e) {
                    LOG.warn("The database was not shut down cleanly; it recovers on the next start: {}", e.getMessage());
                }
            }
            super.close();
        }
    }
}
