package org.factdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Writers creating and editing claims through the API of a running Factdesk for a while, with pauses
 * now and then long enough for the connection pool to retire or drop idle connections; then every
 * acknowledged edit is read back. Used by {@code DatabaseSoakIT} (minutes, short pool lifetimes) and
 * {@code DatabaseSoakBench} (an hour, shipped settings).
 */
public final class ClaimSoak {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private final FactdeskProcess app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Long, String> expectedText = new ConcurrentHashMap<>();
    private long documentId;

    public ClaimSoak(FactdeskProcess app) {
        this.app = app;
    }

    public record Result(int writes, List<String> failures) {
    }

    /** Runs {@code writers} writers for {@code duration}; each pauses up to {@code maxPause} now and then. */
    public Result run(Duration duration, Duration maxPause, int writers) throws Exception {
        var text = "Kiev accused Moscow of deploying more than 80,000 troops near the border. ".repeat(40);
        var created = send("POST", "/api/v1/documents", "{\"title\":\"Soak\",\"text\":\"" + text + "\"}", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        documentId = firstLong(ID, created.body());
        var end = System.nanoTime() + duration.toNanos();
        var pool = Executors.newFixedThreadPool(writers);
        var futures = new ArrayList<Future<Result>>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> write(writer, end, maxPause)));
        }
        int writes = 0;
        var failures = new ArrayList<String>();
        for (var f : futures) {
            var r = f.get();
            writes += r.writes();
            failures.addAll(r.failures());
        }
        pool.shutdown();
        return new Result(writes, failures);
    }

    private Result write(int writer, long end, Duration maxPause) throws Exception {
        var random = new Random(writer);
        var failures = new ArrayList<String>();
        int writes = 0;
        int n = 0;
        while (System.nanoTime() < end && failures.size() < 5) {
            int start = ((writer * 7 + n) % 40) * 74;
            var create = send("POST", "/api/v1/documents/" + documentId + "/claims",
                    "{\"start\":" + start + ",\"end\":" + (start + 4) + ",\"claimText\":\"writer " + writer
                            + " claim " + n + "\"}", null);
            writes++;
            if (create.statusCode() != 201) {
                failures.add("create " + create.statusCode() + " " + create.body());
            } else {
                long id = firstLong(ID, create.body());
                long version = firstLong(VERSION, create.body());
                var newText = "writer " + writer + " claim " + n + " checked";
                var edit = send("PATCH", "/api/v1/claims/" + id, "{\"claimText\":\"" + newText + "\"}",
                        "\"" + version + "\"");
                writes++;
                if (edit.statusCode() != 200) {
                    failures.add("edit " + edit.statusCode() + " " + edit.body());
                } else {
                    expectedText.put(id, newText);
                }
            }
            n++;
            if (random.nextInt(25) == 0) {
                Thread.sleep(random.nextLong(maxPause.toMillis()));
            } else {
                Thread.sleep(50);
            }
        }
        return new Result(writes, failures);
    }

    /** Claims whose stored text is not the text their acknowledged edit set. */
    public List<String> mismatches() throws Exception {
        var wrong = new ArrayList<String>();
        for (var e : expectedText.entrySet()) {
            var read = send("GET", "/api/v1/claims/" + e.getKey(), null, null);
            if (read.statusCode() != 200 || !read.body().contains("\"claimText\":\"" + e.getValue() + "\"")) {
                wrong.add(e.getKey() + ": " + read.statusCode());
            }
        }
        return wrong;
    }

    private HttpResponse<String> send(String method, String path, String body, String ifMatch) throws Exception {
        var request = HttpRequest.newBuilder(app.uri(path)).header("Authorization", FactdeskProcess.basicAdmin())
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long firstLong(Pattern pattern, String body) {
        var m = pattern.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }
}
