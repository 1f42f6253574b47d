package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.factdesk.IntegrationTest;
import org.factdesk.PostgresTestDatabase;
import org.factdesk.TestUsers;
import org.factdesk.backup.DatabaseBackup;
import org.factdesk.backup.PostgresBackup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code POST /api/v1/admin/backup} on each database the tests run on: on PostgreSQL the node takes
 * a pg_dump that restores into an empty database with the same content; the in-memory H2 of the
 * tests has no file to back up and says so (409). The H2 file case is {@code BackupRestoreIT}.
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
    void an_admin_gets_the_database_s_own_backup_or_a_clear_reason_why_not() throws Exception {
        if (!PostgresTestDatabase.wanted()) {
            mvc.perform(post("/api/v1/admin/backup").header(HttpHeaders.AUTHORIZATION, ADMIN))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("own backup tools")));
            return;
        }
        var started = mvc.perform(post("/api/v1/admin/backup").header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn();
        var response = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("X-Factdesk-Backup-Tool")).isEqualTo("pg_dump");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).matches(".*factdesk-backup-\\d{8}-\\d{6}\\.dump.*");
        var dump = tmp.resolve("api.dump");
        Files.write(dump, response.getContentAsByteArray());
        assertThat(Files.readAllBytes(dump)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));

        DatabaseBackup.Summary live;
        try (var connection = dataSource.getConnection()) {
            live = DatabaseBackup.summarize(connection);
        }
        var target = PostgresBackup.Database.of(PostgresTestDatabase.create(), PostgresTestDatabase.user(), "");
        PostgresBackup.restore(dump, target);
        var restored = PostgresBackup.summarize(target);
        assertThat(restored.users()).isEqualTo(live.users());
        assertThat(restored.activeAdmins()).isEqualTo(live.activeAdmins());
        assertThat(restored.documents()).isPositive().isEqualTo(live.documents());
        assertThat(restored.claims()).isEqualTo(live.claims());
    }

    @Test
    void only_an_admin_may_take_one() throws Exception {
        mvc.perform(post("/api/v1/admin/backup").header(HttpHeaders.AUTHORIZATION, basic("editor", TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
