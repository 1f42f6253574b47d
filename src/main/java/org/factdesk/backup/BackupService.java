package org.factdesk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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

    /**
     * A consistent backup taken now, in a temporary file that the caller sends on and deletes.
     * Writers go on while it is taken; the backup holds each transaction entirely or not at all.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Path create() {
        try {
            var file = Files.createTempFile("factdesk-backup-", ".zip");
            Files.delete(file);
            try (var connection = dataSource.getConnection()) {
                var url = connection.getMetaData().getURL();
                if (url == null || !url.startsWith("jdbc:h2:file:")) {
                    throw new BackupUnavailableException("This Factdesk does not run on an H2 file database (" + url
                            + "), so there is no database file to back up. Use the database's own backup tools.");
                }
                DatabaseBackup.backup(connection, file);
                LOG.info("Backup taken ({} bytes); the database holds {}", Files.size(file),
                        DatabaseBackup.summarize(connection));
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the backup: " + e.getMessage(), e);
        }
    }
}
