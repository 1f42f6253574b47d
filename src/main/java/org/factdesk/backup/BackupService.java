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

    /** A backup file, with what it holds. */
    public record Taken(Path file, Manifest manifest) {
    }

    /**
     * A consistent backup taken now ({@link BackupWriter}), in a temporary file that the caller
     * sends on and deletes. Writers go on while it is taken; the backup holds each transaction
     * entirely or not at all. The same format on H2 and PostgreSQL.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Taken create() {
        try {
            var dir = Files.createTempDirectory("factdesk-backup-");
            var file = dir.resolve("backup.zip");
            try (var connection = dataSource.getConnection()) {
                var manifest = BackupWriter.write(connection, file);
                LOG.info("Backup taken ({} bytes, schema version {}); the database holds {}", Files.size(file),
                        manifest.schemaVersion(), DeskSummary.of(connection));
                return new Taken(file, manifest);
            } finally {
                if (!Files.exists(file)) {
                    Files.deleteIfExists(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the backup: " + e.getMessage(), e);
        }
    }
}
