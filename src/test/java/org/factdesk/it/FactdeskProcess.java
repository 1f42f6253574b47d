package org.factdesk.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The packaged {@code target/factdesk.jar} running as a separate process on a data directory of
 * its own, as a newsroom would run it. It can be stopped, killed with SIGKILL and started again.
 */
public final class FactdeskProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "it-admin-password";

    private final Path dataDir;
    private final int port;
    private final Map<String, String> extraEnv;
    private final List<String> extraArgs;
    private String heap = "512m";
    private boolean launcher;
    private Process process;
    private Path log;
    private int starts;

    public FactdeskProcess(Path dataDir) {
        this(dataDir, Map.of(), List.of());
    }

    public FactdeskProcess(Path dataDir, Map<String, String> extraEnv, List<String> extraArgs) {
        this.dataDir = dataDir;
        this.port = freePort();
        this.extraEnv = extraEnv;
        this.extraArgs = extraArgs;
    }

    public static Path jar() {
        var path = System.getProperty("factdesk.jar", "target/factdesk.jar");
        var jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar.toAbsolutePath() + ": run ./mvnw verify");
        }
        return jar;
    }

    public static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The maximum heap of the process from its next start, as for {@code -Xmx} ("512m" by default). */
    public FactdeskProcess heap(String maxHeap) {
        this.heap = maxHeap;
        return this;
    }

    /**
     * Whether the next starts go through the launcher beside the jar ({@code target/factdesk}, the
     * README's production command: the JVM's start-up cache, made by the first start) instead of
     * {@code java -jar}. The launcher's extracted copy and cache live beside the data directory.
     */
    public FactdeskProcess viaLauncher(boolean viaLauncher) {
        this.launcher = viaLauncher;
        return this;
    }

    /** The operating system's id of the running process. */
    public long pid() {
        return process.pid();
    }

    public FactdeskProcess start() throws IOException, InterruptedException {
        starts++;
        log = dataDir.resolveSibling(dataDir.getFileName() + "-run" + starts + ".log");
        var command = launcher
                ? new ArrayList<String>(List.of("bash", jar().toAbsolutePath().resolveSibling("factdesk").toString(),
                        "--server.port=" + port))
                : new ArrayList<String>(List.of(javaExecutable(), "-Xmx" + heap, "-jar",
                        jar().toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(extraArgs);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (launcher) {
            builder.environment().put("JAVA_HOME", Path.of(javaExecutable()).getParent().getParent().toString());
            builder.environment().put("JAVA_OPTS", "-Xmx" + heap);
            builder.environment().put("FACTDESK_JAR", jar().toAbsolutePath().toString());
            builder.environment().put("FACTDESK_APP_DIR", dataDir.resolveSibling(dataDir.getFileName() + "-app").toString());
        }
        builder.environment().put("FACTDESK_DATA_DIR", dataDir.toString());
        builder.environment().put("FACTDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(extraEnv);
        process = builder.start();
        // Through the launcher, the first start also makes the start-up cache (about a minute).
        awaitReady(Duration.ofSeconds(launcher ? 300 : 90));
        return this;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Factdesk exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                var response = client.send(HttpRequest.newBuilder(uri("/api/v1/documents?size=1"))
                        .header("Authorization", basicAdmin()).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Factdesk did not answer within " + timeout + ":\n" + logTail());
    }

    /** Kills the process the hard way: SIGKILL, no shutdown hooks, no chance to flush anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the process politely (SIGTERM), as a service manager would. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public static String basicAdmin() {
        return "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    public String logTail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            stop();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
