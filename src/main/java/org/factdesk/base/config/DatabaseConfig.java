package org.factdesk.base.config;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The H2 database in the data directory, configured so that a committed transaction is on disk. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean
    DataSource dataSource(FactdeskProperties properties, Environment environment) {
        var dataSource = new HikariDataSource();
        var explicitUrl = environment.getProperty("spring.datasource.url");
        dataSource.setJdbcUrl(explicitUrl != null ? explicitUrl : fileUrl(properties.dataDir()));
        dataSource.setUsername(environment.getProperty("spring.datasource.username", "sa"));
        dataSource.setPassword(environment.getProperty("spring.datasource.password", ""));
        dataSource.setMaximumPoolSize(environment.getProperty("factdesk.db-pool-size", Integer.class, 10));
        dataSource.setPoolName("factdesk");
        return dataSource;
    }

    /**
     * The JDBC URL of the database in a data directory. WRITE_DELAY=0 makes H2 write each commit to
     * the file before the commit returns; its default (500 ms) loses acknowledged commits when the
     * process is killed.
     */
    static String fileUrl(Path dataDir) {
        var dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        return "jdbc:h2:file:" + dir.resolve("factdesk") + ";WRITE_DELAY=0";
    }
}
