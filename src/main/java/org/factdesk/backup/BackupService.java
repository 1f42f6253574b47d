package org.factdesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Backups of the running app's database, for admins (the API and {@code backup --url}). */
@Service
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;

    BackupService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A backup file and what kind it is: an H2 zip or a PostgreSQL custom-format dump. */
    public record Taken(Path file, String extension, String mediaType, String tool) {
    }

    /**
     * A consistent backup taken now, in a temporary file that the caller sends on and deletes.
     * Writers go on while it is taken; the backup holds each transaction entirely or not at all.
     * On H2 it is a zipped database file holding one snapshot ({@link DatabaseBackup}); on PostgreSQL it is {@code pg_dump}'s custom format,
     * taken on this node with the app's own database account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Taken create() {
        try {
            var file = Files.createTempFile("factdesk-backup-", ".part");
            Files.delete(file);
            String url;
            try (var connection = dataSource.getConnection()) {
                url = connection.getMetaData().getURL();
                if (url != null && url.startsWith("jdbc:h2:file:")) {
                    DatabaseBackup.backup(connection, file);
                    LOG.info("Backup taken as an H2 snapshot ({} bytes); the database holds {}", Files.size(file),
                            DatabaseBackup.summarize(connection));
                    return new Taken(file, "zip", "application/zip", "H2 SCRIPT snapshot");
                }
            }
            if (PostgresBackup.handles(url) && dataSource.isWrapperFor(HikariDataSource.class)) {
                var pool = dataSource.unwrap(HikariDataSource.class);
                var database = PostgresBackup.Database.of(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                try {
                    PostgresBackup.tool("pg_dump");
                } catch (IOException e) {
                    throw new BackupUnavailableException("This node cannot take a backup of its PostgreSQL database: "
                            + e.getMessage() + ". Or run pg_dump where it is installed (README, Team deployment).");
                }
                PostgresBackup.backup(database, file);
                LOG.info("Backup taken with pg_dump ({} bytes); the database holds {}", Files.size(file),
                        PostgresBackup.summarize(database));
                return new Taken(file, "dump", "application/octet-stream", "pg_dump");
            }
            throw new BackupUnavailableException("This Factdesk runs on " + url + ", which has no backup of its own"
                    + " here (H2 files and PostgreSQL do). Use the database's own backup tools.");
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the backup: " + e.getMessage(), e);
        }
    }
}
