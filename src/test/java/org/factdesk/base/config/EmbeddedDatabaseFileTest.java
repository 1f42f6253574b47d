package org.factdesk.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The size the Backup screen shows: the H2 file's on the embedded database, nothing on a server. */
class EmbeddedDatabaseFileTest {

    @Test
    void the_embedded_file_is_measured_and_a_database_server_has_none(@TempDir Path dir) throws Exception {
        var properties = new FactdeskProperties(dir, null, false);
        var embedded = new EmbeddedDatabaseFile(properties, new MockEnvironment());
        assertThat(embedded.size()).as("no file yet").isEmpty();
        Files.write(DataDirectory.databaseFile(dir), new byte[3 * 1024]);
        assertThat(embedded.size()).hasValueSatisfying(size -> {
            assertThat(size.bytes()).isEqualTo(3 * 1024);
            assertThat(size.file()).isEqualTo(DataDirectory.databaseFile(dir));
        });
        var server = new EmbeddedDatabaseFile(properties,
                new MockEnvironment().withProperty("factdesk.db.url", "jdbc:postgresql://db/factdesk"));
        assertThat(server.size()).isEmpty();
    }
}
