package org.factdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 43: Factdesk stopped (SIGTERM, as a service manager stops it) at random moments in its first
 * seconds and right after claim writes (when the sentence encoder loads its model to encode the new
 * claim) exits cleanly every time: exit code 143, no JVM crash report anywhere, and the clean-stop
 * work done (H2 shut down and compacted) whenever the database was opened. Through the README's
 * launcher, which sends a crash report, should there ever be one, to the data directory's logs/.
 */
class CleanStopIT {

    static final int ROUNDS = Integer.getInteger("factdesk.cleanStop.rounds", 50);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void random_stops_in_the_first_seconds_and_after_claim_writes_exit_cleanly(@TempDir Path tmp) throws Exception {
        var data = tmp.resolve("data");
        var cwd = Files.createDirectories(tmp.resolve("cwd"));
        var random = new Random(43);
        var outcomes = new ArrayList<String>();
        int claimsWritten = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            int port = freePort();
            var log = tmp.resolve("round-" + round + ".log");
            var process = start(data, cwd, port, log);
            boolean afterWrite = round % 2 == 0;
            String when;
            if (afterWrite && awaitReady(process, port)) {
                post(port, "/api/v1/documents/1/claims", "{\"start\":" + (round * 7 % 300) + ",\"end\":"
                        + (round * 7 % 300 + 5) + "}");
                claimsWritten++;
                long wait = random.nextInt(1500);
                Thread.sleep(wait);
                when = wait + " ms after a claim write";
            } else {
                long wait = 300 + random.nextInt(8000);
                Thread.sleep(wait);
                when = wait + " ms after start";
            }
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("round %d (%s) stops within 60 s", round, when).isTrue();
            var output = Files.readString(log);
            assertThat(process.exitValue()).as("round %d (%s): exit code; log:%n%s", round, when, tail(output))
                    .isEqualTo(143);
            assertThat(output).as("round %d (%s)", round, when).doesNotContain("A fatal error has been detected")
                    .doesNotContain("SIGSEGV");
            assertThat(crashReports(cwd, data)).as("round %d (%s): JVM crash reports", round, when).isEmpty();
            if (output.contains("factdesk - Start completed")) {
                assertThat(output).as("round %d (%s): the clean-stop work ran", round, when)
                        .contains("The database is shut down and compacted");
            }
            outcomes.add(round + ": " + when + (output.contains("Started Application") ? ", after serving" : ""));
        }
        assertThat(claimsWritten).as("rounds that wrote a claim before the stop").isPositive();
        System.out.println("Clean stops: " + String.join("; ", outcomes));

        // After all the stops the desk starts and serves again.
        int port = freePort();
        var last = start(data, cwd, port, tmp.resolve("last.log"));
        try {
            assertThat(awaitReady(last, port)).as(Files.readString(tmp.resolve("last.log"))).isTrue();
        } finally {
            last.destroy();
            last.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path data, Path cwd, int port, Path log) throws IOException {
        var launcher = FactdeskProcess.jar().toAbsolutePath().resolveSibling("factdesk");
        var builder = new ProcessBuilder("bash", launcher.toString(), "--server.port=" + port).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", Path.of(FactdeskProcess.javaExecutable()).getParent().getParent().toString());
        builder.environment().put("JAVA_OPTS", "-Xmx512m");
        builder.environment().put("FACTDESK_JAR", FactdeskProcess.jar().toAbsolutePath().toString());
        builder.environment().put("FACTDESK_STARTUP_CACHE", "off");
        builder.environment().put("FACTDESK_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("FACTDESK_ADMIN_PASSWORD", FactdeskProcess.ADMIN_PASSWORD);
        return builder.start();
    }

    private boolean awaitReady(Process process, int port) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/documents?size=1")).header("Authorization", FactdeskProcess.basicAdmin())
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        return false;
    }

    private void post(int port, String path, String json) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", FactdeskProcess.basicAdmin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
    }

    private static List<Path> crashReports(Path... dirs) throws IOException {
        var found = new ArrayList<Path>();
        for (var dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.getFileName().toString().startsWith("hs_err")).forEach(found::add);
            }
        }
        return found;
    }

    private static String tail(String log) {
        var lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
