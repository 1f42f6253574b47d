package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.it.FactdeskProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of claims that carry the work a desk puts into them: each claim has an attribution with
 * its source and cue spans, two evidence links, a verdict with a rationale and a comment, and one
 * in four is published through the two-person approval (so ClaimReview has them to write). Every
 * format is timed on 2,000 such claims; the cost curve (10k, 100k and 400k characters, one claim
 * per 200 characters) shows whether rendering grows faster than the report.
 */
class ReportBench {

    static final List<String> FORMATS = List.of("html", "pdf", "md", "csv", "json", "claimreview", "w3c", "brat");
    static final int CHARS_PER_CLAIM = 200;

    @Test
    void reports_of_claims_with_attribution_evidence_verdict_and_comment(@TempDir Path tmp) throws Exception {
        try (var app = new FactdeskProcess(tmp.resolve("data")).heap("1g").start()) {
            var admin = new BenchApi(app);
            var created = admin.send("POST", "/api/v1/admin/users",
                    "{\"username\":\"bench-editor2\",\"password\":\"bench-password-2\",\"role\":\"EDITOR\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var approver = BenchApi.as(app, "bench-editor2", "bench-password-2");
            var claimants = new ArrayList<Long>();
            for (int i = 0; i < 20; i++) {
                claimants.add(BenchApi.id(admin.send("POST", "/api/v1/claimants",
                        "{\"name\":\"Bench Claimant " + i + "\",\"kind\":\"PERSON\"}").body()));
            }
            var sources = new ArrayList<Long>();
            for (int i = 0; i < 40; i++) {
                sources.add(BenchApi.id(admin.send("POST", "/api/v1/sources", "{\"url\":\"https://bench.example/source-"
                        + i + "\",\"title\":\"Bench source " + i + "\",\"kind\":\"DATASET\"}").body()));
            }

            var documents = new long[3];
            var sizes = new int[] {10_000, 100_000, 400_000};
            var claimCounts = new int[3];
            long t0 = System.nanoTime();
            for (int s = 0; s < sizes.length; s++) {
                var text = document(sizes[s], 31 + s);
                documents[s] = admin.createDocument("Report bench: " + sizes[s] + " characters", text);
                claimCounts[s] = sizes[s] / CHARS_PER_CLAIM;
                workedClaims(admin, approver, documents[s], Workload.claimSpans(text, claimCounts[s], 7 + s), claimants,
                        sources, text.codePointCount(0, text.length()));
            }
            BenchResults.context("report workload", "documents of 10,000, 100,000 and 400,000 characters with "
                    + claimCounts[0] + ", " + claimCounts[1] + " and " + claimCounts[2] + " claims, each with an"
                    + " attribution (claimant, cue, source and cue spans), two evidence links, a verdict with a rationale"
                    + " and a comment; one in four published with two-person approval (made through the API in "
                    + Math.round((System.nanoTime() - t0) / 1e9) + " s)");

            long big = documents[2];
            var atLargest = new java.util.HashMap<String, Double>();
            for (var format : FORMATS) {
                var timed = time(admin, big, format);
                var figure = BenchResults.record("Report of " + claimCounts[2] + " worked claims: " + format, "ms",
                        timed.samples, format.equals("pdf") ? 5_000.0 : 1_000.0, BenchResults.On.MEDIAN,
                        "400,000 characters; " + timed.kilobytes + " K characters of output");
                atLargest.put(format, figure.median());
            }
            // The curve's 400k point is the row above; the smaller documents are timed here.
            for (var format : List.of("html", "pdf", "json")) {
                double at100k = Double.NaN;
                for (int s = 0; s < 2; s++) {
                    var timed = time(admin, documents[s], format);
                    at100k = BenchResults.record("Report curve, " + format + ": " + sizes[s] / 1000 + "k characters, "
                            + claimCounts[s] + " claims", "ms", timed.samples, null, BenchResults.On.MEDIAN,
                            timed.kilobytes + " K characters of output").median();
                }
                BenchResults.value("Report curve, " + format + ": time at 400k / time at 100k characters", "ratio",
                        atLargest.get(format) / at100k, 6.0, true, "4 is linear (four times the claims and text)");
            }
        }
    }

    /** A document of about {@code chars} characters of real sentences. */
    static String document(int chars, long seed) {
        var text = Workload.document(Math.max(50, chars / 6), seed);
        return text.length() > chars ? text.substring(0, text.lastIndexOf(' ', chars)) : text;
    }

    private record Timed(List<Double> samples, long kilobytes) {
    }

    private static Timed time(BenchApi api, long document, String format) throws Exception {
        var samples = new ArrayList<Double>();
        long bytes = 0;
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            var response = api.send("GET", "/api/v1/documents/" + document + "/report?format=" + format, null);
            double ms = (System.nanoTime() - t0) / 1e6;
            assertThat(response.statusCode()).as(format).isEqualTo(200);
            bytes = response.body().length();
            if (run > 0) {
                samples.add(ms);
            }
        }
        return new Timed(samples, bytes / 1024);
    }

    /** Claims with their whole work, four at a time; fails on any refused request. */
    static void workedClaims(BenchApi api, BenchApi approver, long documentId, List<int[]> spans, List<Long> claimants,
            List<Long> sources, int length) throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < spans.size(); i++) {
                int n = i;
                var span = spans.get(i);
                futures.add(pool.submit(() -> {
                    int start = span[0];
                    int end = span[1];
                    int cueStart = Math.min(end + 1, length - 4);
                    var claim = expect(api.send("POST", "/api/v1/documents/" + documentId + "/claims", "{\"start\":"
                            + start + ",\"end\":" + end + ",\"attribution\":{\"claimantId\":" + claimants.get(n % claimants.size())
                            + ",\"statedRole\":\"spokesperson\",\"cue\":\"said\",\"form\":\"INDIRECT\",\"sourceSpan\":{\"start\":"
                            + start + ",\"end\":" + Math.min(start + 4, end) + "},\"cueSpan\":{\"start\":" + cueStart
                            + ",\"end\":" + (cueStart + 4) + "}}}"), 201);
                    long id = BenchApi.id(claim);
                    String path = "/api/v1/claims/" + id;
                    expect(api.send("POST", path + "/transitions", "{\"to\":\"IN_RESEARCH\"}"), 200);
                    for (int e = 0; e < 2; e++) {
                        expect(api.send("POST", path + "/evidence", "{\"sourceId\":" + sources.get((n + e * 7) % sources.size())
                                + ",\"stance\":\"" + (e == 0 ? "SUPPORTS" : "REFUTES") + "\",\"excerpt\":\"Figures for claim "
                                + n + " in table " + e + "\",\"locator\":\"p. " + (e + 1) + "\"}"), 201);
                    }
                    expect(api.send("PATCH", path, "{\"verdict\":\"" + Workload.VERDICTS.get(n % Workload.VERDICTS.size())
                            + "\",\"rationale\":\"The official series for the period shows a different figure; see the two"
                            + " sources, read " + n + ".\"}"), 200);
                    expect(api.send("POST", path + "/comments", "{\"body\":\"Checked against both sources (" + n
                            + ").\"}"), 201);
                    if (n % 4 == 0) {
                        expect(api.send("POST", path + "/transitions", "{\"to\":\"IN_REVIEW\"}"), 200);
                        expect(approver.send("POST", path + "/transitions", "{\"to\":\"PUBLISHED\"}"), 200);
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        }
    }

    private static String expect(java.net.http.HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }
}
