package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.factdesk.IntegrationTest;
import org.factdesk.PostgresTestDatabase;
import org.factdesk.TestUsers;
import org.factdesk.backup.BackupArchive;
import org.factdesk.backup.BackupWriter;
import org.factdesk.backup.DeskSummary;
import org.factdesk.backup.GeneratedDesk;
import org.factdesk.backup.PostgresDatabase;
import org.factdesk.backup.Restore;
import org.factdesk.base.config.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/admin/backup} on each database the tests run on (H2, then PostgreSQL): the
 * app's own data, sample data included, in Factdesk's backup format, which restores into either
 * database; from one to the other and back, the rows stay the same.
 */
@IntegrationTest
class BackupApiTest {

    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path tmp;

    @Test
    void an_admin_s_backup_restores_into_h2_and_postgresql_with_the_same_rows() throws Exception {
        var started = mvc.perform(post("/api/v1/admin/backup").header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn();
        var response = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("X-Factdesk-Backup-Format")).isEqualTo("factdesk-backup/1");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).matches(".*factdesk-backup-\\d{8}-\\d{6}\\.zip.*");
        var backup = Files.write(tmp.resolve("api.zip"), response.getContentAsByteArray());
        var manifest = BackupArchive.verify(backup);
        assertThat(manifest.databaseKind()).isEqualTo(PostgresTestDatabase.wanted() ? "PostgreSQL" : "H2");

        DeskSummary live;
        try (var connection = dataSource.getConnection()) {
            live = DeskSummary.of(connection);
        }
        assertThat(live.documents()).as("the sample data is in it").isPositive();

        var h2 = tmp.resolve("h2");
        assertThat(Restore.intoH2(backup, h2)).isEqualTo(live);
        if (!PostgresTestDatabase.reachable()) {
            return;
        }
        var postgres = PostgresDatabase.of(PostgresTestDatabase.createOwnedBy(PostgresTestDatabase.RESTORER),
                PostgresTestDatabase.RESTORER, "");
        var fromH2 = tmp.resolve("from-h2.zip");
        try (var connection = DataDirectory.openIdle(h2)) {
            BackupWriter.write(connection, fromH2);
        }
        assertThat(Restore.intoPostgres(fromH2, postgres, false)).isEqualTo(live);
        var fromPostgres = tmp.resolve("from-postgres.zip");
        try (var connection = postgres.connect()) {
            BackupWriter.write(connection, fromPostgres);
        }
        var original = GeneratedDesk.canonical(backup);
        assertThat(GeneratedDesk.canonical(fromH2)).isEqualTo(original);
        assertThat(GeneratedDesk.canonical(fromPostgres)).isEqualTo(original);
    }

    @Test
    void only_an_admin_may_take_one() throws Exception {
        mvc.perform(post("/api/v1/admin/backup").header(HttpHeaders.AUTHORIZATION, basic("editor", TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
