package org.factdesk.base.config;

import com.zaxxer.hikari.HikariDataSource;
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
        dataSource.setJdbcUrl(explicitUrl != null ? explicitUrl : DataDirectory.jdbcUrl(properties.dataDir()));
        dataSource.setUsername(environment.getProperty("spring.datasource.username", "sa"));
        dataSource.setPassword(environment.getProperty("spring.datasource.password", ""));
        dataSource.setMaximumPoolSize(environment.getProperty("factdesk.db-pool-size", Integer.class, 10));
        dataSource.setPoolName("factdesk");
        return dataSource;
    }
}
