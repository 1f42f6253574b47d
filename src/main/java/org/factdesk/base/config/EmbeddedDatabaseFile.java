package org.factdesk.base.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded database's file, for the admins who keep the desk running: where it is and how large.
 * H2 appends every commit to the end of the file while Factdesk runs (REUSE_SPACE=FALSE, chosen for
 * durability, see {@link DataDirectory#jdbcUrl}), and compacts it when Factdesk stops cleanly; the
 * Backup screen shows the size so that a desk sees the growth and knows the way out (a restart at a
 * quiet hour). A database server keeps its own files: then there is nothing to show.
 */
@Component
public class EmbeddedDatabaseFile {

    /** The file and its size in bytes now. */
    public record Size(Path file, long bytes) {
    }

    private final Path dataDir;
    private final boolean embedded;

    EmbeddedDatabaseFile(FactdeskProperties properties, Environment environment) {
        this.dataDir = properties.dataDir();
        this.embedded = DatabaseConfig.serverUrl(environment) == null;
    }

    /** The H2 file's size, or empty on a database server (or before the file exists). */
    public Optional<Size> size() {
        if (!embedded) {
            return Optional.empty();
        }
        var file = DataDirectory.databaseFile(dataDir);
        try {
            return Optional.of(new Size(file, Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
