package org.factdesk.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.factdesk.it.FactdeskProcess;

/** A small HTTP client for the benchmarks, authenticated with a personal API token. */
final class BenchApi {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    final FactdeskProcess app;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String authorization;

    BenchApi(FactdeskProcess app) throws IOException, InterruptedException {
        this(app, FactdeskProcess.basicAdmin());
    }

    /** A client acting as another user (a second editor who approves, say). */
    static BenchApi as(FactdeskProcess app, String username, String password) throws IOException, InterruptedException {
        return new BenchApi(app, "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private BenchApi(FactdeskProcess app, String basic) throws IOException, InterruptedException {
        this.app = app;
        var response = send("POST", "/api/v1/me/tokens", "{\"name\":\"bench\"}", basic);
        var m = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("Could not create a token: " + response.statusCode() + " " + response.body());
        }
        this.authorization = "Bearer " + m.group(1);
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, path, json, authorization);
    }

    HttpResponse<String> sendWith(String method, String path, String json, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(method, path, json, authorization, headers);
    }

    private HttpResponse<String> send(String method, String path, String json, String auth)
            throws IOException, InterruptedException {
        return send(method, path, json, auth, java.util.Map.of());
    }

    private HttpResponse<String> send(String method, String path, String json, String auth,
            java.util.Map<String, String> headers) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(app.uri(path)).header("Authorization", auth).timeout(Duration.ofMinutes(2));
        headers.forEach(builder::header);
        if (json == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    long createDocument(String title, String text) throws IOException, InterruptedException {
        var response = send("POST", "/api/v1/documents", "{\"title\":" + json(title) + ",\"text\":" + json(text) + "}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Document not created: " + response.statusCode() + " " + response.body());
        }
        return id(response.body());
    }

    HttpResponse<String> createClaim(long documentId, int start, int end) throws IOException, InterruptedException {
        return send("POST", "/api/v1/documents/" + documentId + "/claims", "{\"start\":" + start + ",\"end\":" + end + "}");
    }

    static long id(String body) {
        var m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    static String json(String s) {
        var sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
