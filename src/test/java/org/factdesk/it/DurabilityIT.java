package org.factdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives the process being killed: documents are created from several
 * threads, the process is killed with SIGKILL part-way, restarted on the same data directory, and
 * every document that was answered 201 must be there.
 */
class DurabilityIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void every_acknowledged_document_survives_sigkill_and_a_restart(@TempDir Path tmp) throws Exception {
        try (var app = new FactdeskProcess(tmp.resolve("data")).start()) {
            var acknowledged = new ConcurrentLinkedQueue<Long>();
            var running = new AtomicBoolean(true);
            var writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    int n = 0;
                    while (running.get()) {
                        try {
                            var body = "{\"title\":\"Durability " + writer + "-" + n + "\",\"text\":\"Written by "
                                    + writer + " as number " + n + ".\"}";
                            var response = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents"))
                                    .header("Authorization", FactdeskProcess.basicAdmin())
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(10))
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                var m = ID.matcher(response.body());
                                if (m.find()) {
                                    acknowledged.add(Long.parseLong(m.group(1)));
                                }
                            }
                            n++;
                        } catch (Exception e) {
                            // the process was killed under us: this write was never acknowledged
                            return;
                        }
                    }
                });
            }
            Thread.sleep(4000);
            app.kill();
            running.set(false);
            writers.shutdown();
            writers.awaitTermination(30, TimeUnit.SECONDS);
            assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThan(20);

            app.start();
            var missing = new ArrayList<Long>();
            for (long id : List.copyOf(acknowledged)) {
                var response = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents/" + id))
                        .header("Authorization", FactdeskProcess.basicAdmin()).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("acknowledged documents missing after SIGKILL and restart").isEmpty();
            assertThat(app.log()).doesNotContain("ERROR");
        }
    }

    @Test
    void data_survives_a_normal_restart(@TempDir Path tmp) throws Exception {
        try (var app = new FactdeskProcess(tmp.resolve("data")).start()) {
            var created = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents"))
                    .header("Authorization", FactdeskProcess.basicAdmin())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Kept\",\"text\":\"Still here.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            var location = created.headers().firstValue("Location").orElseThrow();
            app.stop();

            app.start();
            var again = http.send(HttpRequest.newBuilder(app.uri(URI.create(location).getPath()))
                    .header("Authorization", FactdeskProcess.basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("Still here.");
            var list = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents?q=Biden"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(list.body()).as("the sample article is imported once, not again on restart").contains("\"total\":1");
        }
    }
}
