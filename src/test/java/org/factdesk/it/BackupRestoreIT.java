package org.factdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup --to FILE} while Factdesk runs and writers keep writing, then {@code restore --from
 * FILE} into an empty data directory: a second Factdesk on the restored directory answers the same
 * documents, claims, comments, audit trail and users.
 */
class BackupRestoreIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void a_backup_taken_while_the_app_works_restores_to_the_same_data(@TempDir Path tmp) throws Exception {
        var original = new FactdeskProcess(tmp.resolve("data"));
        var marker = tmp.resolve("code-ran");
        var backup = tmp.resolve("backup.zip");
        var claims = new ArrayList<Long>();
        var busyClaims = new ConcurrentLinkedQueue<Long>();
        long documentId;
        long busyDocument;
        Map<String, String> before = new java.util.LinkedHashMap<>();
        try (var app = original.start()) {
            documentId = id(post(app, "/api/v1/documents", "{\"title\":\"Backed up\",\"text\":\""
                    + "Kiev accused Moscow of deploying more than 80,000 troops. Psaki said the summit was offered. "
                    + "Ünïcödé 👍 text stays.\"}"));
            claims.add(id(post(app, "/api/v1/documents/" + documentId + "/claims",
                    "{\"start\":0,\"end\":56,\"claimText\":\"Moscow deployed 80,000 troops\",\"tags\":[\"military\"]}")));
            claims.add(id(post(app, "/api/v1/documents/" + documentId + "/claims", "{\"start\":58,\"end\":93}")));
            claims.add(id(post(app, "/api/v1/documents/" + documentId + "/claims", "{\"start\":94,\"end\":100}")));
            post(app, "/api/v1/claims/" + claims.get(0) + "/comments", "{\"body\":\"Check the ministry's figure.\"}");
            // Text that is SQL is a legal value: it travels as text and nothing ever runs it.
            post(app, "/api/v1/claims/" + claims.get(1) + "/comments", "{\"body\":\"CALL FILE_WRITE('owned', '"
                    + marker + "'); '); DROP TABLE claim; --\"}");
            post(app, "/api/v1/claims/" + claims.get(1) + "/transitions", "{\"to\":\"IN_RESEARCH\"}");
            post(app, "/api/v1/admin/users",
                    "{\"username\":\"rita\",\"password\":\"rita-password-1\",\"role\":\"REVIEWER\"}");
            busyDocument = id(post(app, "/api/v1/documents", "{\"title\":\"Busy\",\"text\":\""
                    + "Word ".repeat(400) + "\"}"));

            // writers keep creating claims while the backup is taken
            var running = new AtomicBoolean(true);
            var writers = Executors.newFixedThreadPool(2);
            for (int w = 0; w < 2; w++) {
                writers.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        int start = (n % 300) * 5;
                        busyClaims.add(id(post(app, "/api/v1/documents/" + busyDocument + "/claims",
                                "{\"start\":" + start + ",\"end\":" + (start + 4) + "}")));
                    }
                    return null;
                });
            }
            Thread.sleep(500);
            var cli = cli(tmp, Map.of("PORT", String.valueOf(app.uri("/").getPort())),
                    "backup", "--to", backup.toString(), "--data-dir", tmp.resolve("data").toString());
            running.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.code()).as(cli.output()).isZero();
            assertThat(cli.output()).contains("in use by a running Factdesk").contains("Backup written to");
            assertThat(busyClaims).as("claims written while the backup ran").isNotEmpty();

            for (var path : paths(documentId, claims)) {
                before.put(path, get(app, path));
            }
        }

        var occupied = cli(tmp, Map.of(), "restore", "--from", backup.toString(), "--data-dir",
                tmp.resolve("data").toString());
        assertThat(occupied.code()).isEqualTo(1);
        assertThat(occupied.output()).contains("already holds a database");

        var restore = cli(tmp, Map.of(), "restore", "--from", backup.toString(), "--data-dir",
                tmp.resolve("restored").toString());
        assertThat(restore.code()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored");

        try (var app = new FactdeskProcess(tmp.resolve("restored")).start()) {
            for (var entry : before.entrySet()) {
                assertThat(get(app, entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
            }
            // claims written during the backup: each is either whole in the backup (with its audit entry) or absent
            var restoredBusy = get(app, "/api/v1/documents/" + busyDocument + "/claims");
            var present = ID.matcher(restoredBusy).results().map(m -> Long.parseLong(m.group(1))).toList();
            for (long id : present) {
                assertThat(busyClaims).contains(id);
                assertThat(get(app, "/api/v1/claims/" + id + "/history")).contains("\"action\":\"created\"");
            }
            assertThat(app.log()).doesNotContain("ERROR");
        }
        assertThat(marker).doesNotExist();

        // The same backup moves the desk to PostgreSQL: restored as the desk's own account, and a Factdesk
        // started on it answers the same.
        if (!org.factdesk.PostgresTestDatabase.reachable() && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            return;
        }
        var account = org.factdesk.PostgresTestDatabase.RESTORER;
        var database = org.factdesk.PostgresTestDatabase.createOwnedBy(account);
        var toPostgres = cli(tmp, Map.of(), "restore", "--from", backup.toString(), "--db-url", database,
                "--db-user", account);
        assertThat(toPostgres.code()).as(toPostgres.output()).isZero();
        assertThat(toPostgres.output()).contains("Restored").contains("active admins: admin");
        try (var app = new FactdeskProcess(tmp.resolve("pg-node"), Map.of("FACTDESK_DB_URL", database,
                "FACTDESK_DB_USER", account), List.of()).start()) {
            for (var entry : before.entrySet()) {
                assertThat(get(app, entry.getKey())).as("on PostgreSQL: " + entry.getKey()).isEqualTo(entry.getValue());
            }
            assertThat(app.log()).doesNotContain("ERROR");
        }
        assertThat(marker).doesNotExist();
    }

    private static List<String> paths(long documentId, List<Long> claims) {
        var paths = new ArrayList<>(List.of("/api/v1/documents/" + documentId, "/api/v1/admin/users",
                "/api/v1/documents/" + documentId + "/claims", "/api/v1/claimants", "/api/v1/verdicts"));
        for (long id : claims) {
            paths.add("/api/v1/claims/" + id);
            paths.add("/api/v1/claims/" + id + "/history");
            paths.add("/api/v1/claims/" + id + "/comments");
        }
        return paths;
    }

    record CliRun(int code, String output) {
    }

    private static CliRun cli(Path tmp, Map<String, String> env, String... args) throws IOException,
            InterruptedException {
        var command = new ArrayList<>(List.of(FactdeskProcess.javaExecutable(), "-jar",
                FactdeskProcess.jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        var output = Files.createTempFile(tmp, "cli-", ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("FACTDESK_ADMIN_PASSWORD", FactdeskProcess.ADMIN_PASSWORD);
        builder.environment().putAll(env);
        var process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new CliRun(process.exitValue(), Files.readString(output));
    }

    private String post(FactdeskProcess app, String path, String json) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", FactdeskProcess.basicAdmin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return response.body();
    }

    private String get(FactdeskProcess app, String path) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", FactdeskProcess.basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static long id(String json) {
        var m = ID.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
