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
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives the process being killed: claims are created through the API from
 * several threads, the process is killed with SIGKILL part-way, restarted on the same data
 * directory, and every claim that was answered 201 must be there. Five rounds on one data
 * directory, so each round also starts from a database that was itself killed.
 */
class DurabilityIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final int ROUNDS = 5;
    private static final int WRITERS = 4;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void every_acknowledged_claim_survives_five_rounds_of_sigkill(@TempDir Path tmp) throws Exception {
        var text = "Kiev accused Moscow of deploying more than 80,000 troops near the border. " .repeat(40);
        var acknowledged = new ConcurrentLinkedQueue<Long>();
        try (var app = new FactdeskProcess(tmp.resolve("data")).start()) {
            var created = http.send(json(app, "/api/v1/documents",
                    "{\"title\":\"Durability\",\"text\":\"" + text + "\"}"), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            var matcher = ID.matcher(created.body());
            assertThat(matcher.find()).isTrue();
            long documentId = Long.parseLong(matcher.group(1));
            var random = new Random(42);

            for (int round = 1; round <= ROUNDS; round++) {
                int before = acknowledged.size();
                var running = new AtomicBoolean(true);
                var writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    int r = round;
                    writers.submit(() -> {
                        int n = 0;
                        while (running.get()) {
                            int sentence = (writer * 10 + n) % 40;
                            int start = sentence * 74;
                            var body = "{\"start\":" + start + ",\"end\":" + (start + 4)
                                    + ",\"claimText\":\"round " + r + " writer " + writer + " number " + n + "\"}";
                            try {
                                var response = http.send(json(app, "/api/v1/documents/" + documentId + "/claims", body),
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
                Thread.sleep(1500 + random.nextInt(2500));
                app.kill();
                running.set(false);
                writers.shutdown();
                assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
                assertThat(acknowledged.size() - before).as("claims acknowledged in round " + round)
                        .isGreaterThan(5);

                app.start();
                var missing = new ArrayList<Long>();
                for (long id : List.copyOf(acknowledged)) {
                    var response = http.send(HttpRequest.newBuilder(app.uri("/api/v1/claims/" + id))
                            .header("Authorization", FactdeskProcess.basicAdmin()).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        missing.add(id);
                    }
                }
                assertThat(missing).as("acknowledged claims missing after SIGKILL round " + round).isEmpty();
                assertThat(app.log()).as("log of the restart after round " + round).doesNotContain("ERROR");
            }
            var list = http.send(HttpRequest.newBuilder(app.uri("/api/v1/claims?documentId=" + documentId + "&size=1"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
            var total = Pattern.compile("\"total\":(\\d+)").matcher(list.body());
            assertThat(total.find()).isTrue();
            assertThat(Long.parseLong(total.group(1))).as("claims on the document")
                    .isGreaterThanOrEqualTo(acknowledged.size());
        }
    }

    private static HttpRequest json(FactdeskProcess app, String path, String body) {
        return HttpRequest.newBuilder(app.uri(path))
                .header("Authorization", FactdeskProcess.basicAdmin())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
