package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.factdesk.IntegrationTest;
import org.factdesk.api.PublishedFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The command line's chain check reads the tables itself and finds a record changed behind the application's back. */
@IntegrationTest
class VerifyPublicationsCommandTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_chain_read_from_the_tables_is_intact_and_a_removed_publication_breaks_it() throws Exception {
        var published = PublishedFixture.publish(mvc, "Chain from the command line", "Ann Cli");
        try (var connection = dataSource.getConnection()) {
            var result = VerifyPublicationsCommand.read(connection);
            assertThat(result.breaks()).isEmpty();
            assertThat(result.checked()).isPositive();
        }
        var head = jdbc.queryForMap("select sequence, sha256 from publication_head where id = 1");
        try {
            // The head moved back, as if the last publication had never been: the chain no longer ends where it says.
            jdbc.update("update publication_head set sequence = sequence + 1 where id = 1");
            try (var connection = dataSource.getConnection()) {
                var result = VerifyPublicationsCommand.read(connection);
                assertThat(result.breaks()).hasSize(1);
                assertThat(result.breaks().getFirst().problem()).contains("should end at publication");
            }
        } finally {
            jdbc.update("update publication_head set sequence = ?, sha256 = ? where id = 1", head.get("sequence"),
                    head.get("sha256"));
        }
        assertThat(published.publication()).isPositive();
    }

    @Test
    void without_a_database_it_says_so_and_exits_1(@TempDir Path empty) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Cli.run(List.of("verify-publications", "--data-dir", empty.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no Factdesk database");
    }
}
