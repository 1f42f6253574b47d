package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.factdesk.PostgresTestDatabase;
import org.factdesk.it.FactdeskProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Factdesk on a database of 100,000 claims over 2,000 documents: start-up time, searching and
 * filtering claims, and a load run of 50 concurrent API clients for 60 seconds with mixed reads and
 * writes. Reports are timed by {@link ReportBench}, on claims that carry their attribution, evidence,
 * verdict and comment.
 */
class ScaleBench {

    static final int DOCUMENTS = 2_000;
    static final int CLAIMS_PER_DOCUMENT = 50;
    static final int LOAD_CLIENTS = Integer.getInteger("bench.loadClients", 50);
    static final int LOAD_SECONDS = Integer.getInteger("bench.loadSeconds", 60);
    private static final Pattern ETAG = Pattern.compile("\"version\":(\\d+)");

    /** Names the PostgreSQL twin of an H2 figure; the results put the two side by side. */
    static final String ON_POSTGRESQL = BenchResults.POSTGRESQL;

    @Test
    void a_newsroom_sized_database(@TempDir Path tmp) throws Exception {
        var data = tmp.resolve("data");
        long t0 = System.nanoTime();
        Workload.database(data, DOCUMENTS, 1_000, CLAIMS_PER_DOCUMENT, 11);
        BenchResults.context("scale workload", DOCUMENTS + " documents of about 1,000 words, "
                + DOCUMENTS * CLAIMS_PER_DOCUMENT + " claims with statuses, tags, verdicts and audit entries (generated in "
                + Math.round((System.nanoTime() - t0) / 1e9) + " s)");

        try (var plain = new FactdeskProcess(data).heap("1g")) {
            BenchResults.record("Start-up to serving with java -jar (100k claims)", "ms", startups(plain).subList(1, 3),
                    null, BenchResults.On.MEDIAN, "java -jar factdesk.jar until the API answers; runs 2 and 3 of 3");
        }
        var app = new FactdeskProcess(data).heap("1g").viaLauncher(true);
        var startups = startups(app);
        try (app) {
            BenchResults.record("Start-up to serving (100k claims in the database)", "ms", startups.subList(1, 3),
                    10_000.0, BenchResults.On.MEDIAN, "target/factdesk (the README's production command: the JDK's AOT"
                            + " cache, made by run 1) until the API answers; runs 2 and 3 of 3");
            var api = new BenchApi(app);
            search(api, "");
            load(List.of(api), "");
        }
    }

    /**
     * The same workload on a PostgreSQL server (a fresh database of its own), with two nodes: start-up,
     * search on node A, and the 50 clients spread over both nodes. Skipped with a message
     * when no server answers.
     */
    @Test
    void the_same_database_on_postgresql_with_two_nodes(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PostgresTestDatabase.reachable(), "No PostgreSQL server answers at "
                + PostgresTestDatabase.serverUrl() + ": the PostgreSQL scale figures are not measured");
        var url = PostgresTestDatabase.create();
        var user = PostgresTestDatabase.user();
        long t0 = System.nanoTime();
        Workload.database(url, user, DOCUMENTS, 1_000, CLAIMS_PER_DOCUMENT, 11);
        try (var c = java.sql.DriverManager.getConnection(url, user, ""); var st = c.createStatement()) {
            st.execute("vacuum analyze"); // as autovacuum would have done on a database that grew over months
        }
        BenchResults.context("scale workload on PostgreSQL", "the same rows in a fresh PostgreSQL "
                + serverVersion(url, user) + " database on this machine (generated in "
                + Math.round((System.nanoTime() - t0) / 1e9) + " s); two nodes on it for the load run");
        var env = Map.of("FACTDESK_DB_URL", url, "FACTDESK_DB_USER", user);
        // Node A starts as the README's production command does (the launcher with its start-up cache).
        var a = new FactdeskProcess(tmp.resolve("a"), env, List.of()).heap("1g").viaLauncher(true);
        var startups = startups(a);
        try (a; var b = new FactdeskProcess(tmp.resolve("b"), env, List.of()).heap("1g").start()) {
            BenchResults.record("Start-up to serving (100k claims in the database)" + ON_POSTGRESQL, "ms",
                    startups.subList(1, 3), 10_000.0, BenchResults.On.MEDIAN,
                    "target/factdesk (the JDK's AOT cache, made by run 1) until the API answers; runs 2 and 3 of 3");
            var apiA = new BenchApi(a);
            search(apiA, ON_POSTGRESQL);
            load(List.of(apiA, new BenchApi(b)), ON_POSTGRESQL);
        }
    }

    private static String serverVersion(String url, String user) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection(url, user, "")) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Three starts from a cold JVM; the app is left running after the third. */
    private static List<Double> startups(FactdeskProcess app) throws Exception {
        var startups = new ArrayList<Double>();
        for (int i = 0; i < 3; i++) {
            long s0 = System.nanoTime();
            app.start();
            startups.add((System.nanoTime() - s0) / 1e6);
            if (i < 2) {
                app.stop();
            }
        }
        return startups;
    }

    private void search(BenchApi api, String on) throws Exception {
        var random = new Random(5);
        var words = List.of("Russia", "troops", "president", "election", "Putin", "government", "million", "said",
                "Ukraine", "minister", "border", "percent");
        var queries = new ArrayList<String>();
        for (var word : words) {
            queries.add("q=" + word);
            queries.add("q=" + word + "&status=IN_REVIEW");
            queries.add("q=" + word + "&tag=" + Workload.TAGS.get(random.nextInt(Workload.TAGS.size())));
        }
        for (var status : Workload.STATUSES) {
            queries.add("status=" + status);
            queries.add("status=" + status + "&tag=economy");
        }
        for (var verdict : Workload.VERDICTS) {
            queries.add("verdict=" + verdict);
        }
        for (int d = 1; d <= 20; d++) {
            queries.add("documentId=" + (d * 97));
        }
        queries.add("q=" + URLEncoder.encode("more than", StandardCharsets.UTF_8));
        var samples = new ArrayList<Double>();
        for (int round = 0; round < 4; round++) {
            Collections.shuffle(queries, random);
            for (var query : queries) {
                long t0 = System.nanoTime();
                var response = api.send("GET", "/api/v1/claims?size=50&" + query, null);
                double ms = (System.nanoTime() - t0) / 1e6;
                assertThat(response.statusCode()).as(query).isEqualTo(200);
                if (round > 0) {
                    samples.add(ms);
                }
            }
        }
        BenchResults.record("Search and filter 100k claims (API, first page of 50)" + on, "ms", samples, 100.0,
                BenchResults.On.P95, queries.size() + " queries: full text, status, tag, verdict, document, combined");
    }

    /**
     * 50 clients, each with its own claims to edit, reading and writing for 60 seconds; with several
     * nodes, client i talks to node i mod n.
     */
    private void load(List<BenchApi> nodes, String on) throws Exception {
        var clients = Executors.newFixedThreadPool(LOAD_CLIENTS);
        var reads = new CopyOnWriteArrayList<Double>();
        var writes = new CopyOnWriteArrayList<Double>();
        var errors = new ConcurrentHashMap<String, AtomicLong>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        for (int c = 0; c < LOAD_CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                var random = new Random(client);
                var api = nodes.get(client % nodes.size());
                long myDocument = 1 + random.nextInt(DOCUMENTS);
                var myText = Workload.document(1_000, 7_000 + client);
                long ownDocument;
                try {
                    ownDocument = api.createDocument("Load client " + client, myText);
                } catch (Exception e) {
                    errors.computeIfAbsent("create document: " + e, k -> new AtomicLong()).incrementAndGet();
                    return null;
                }
                var spans = Workload.claimSpans(myText, 10_000, client);
                var myClaims = new ArrayList<Long>();
                int op = 0;
                while (System.nanoTime() < end) {
                    int dice = random.nextInt(100);
                    long t0 = System.nanoTime();
                    String what;
                    java.net.http.HttpResponse<String> response;
                    boolean write;
                    try {
                        if (dice < 20) {
                            what = "read a document";
                            write = false;
                            response = api.send("GET", "/api/v1/documents/" + myDocument, null);
                        } else if (dice < 40) {
                            what = "claims of a document";
                            write = false;
                            response = api.send("GET", "/api/v1/documents/" + (1 + random.nextInt(DOCUMENTS)) + "/claims",
                                    null);
                        } else if (dice < 55) {
                            what = "search";
                            write = false;
                            response = api.send("GET", "/api/v1/claims?size=20&q="
                                    + List.of("troops", "Russia", "said", "percent").get(random.nextInt(4)) + "&status="
                                    + Workload.STATUSES.get(random.nextInt(Workload.STATUSES.size())), null);
                        } else if (dice < 70) {
                            what = "list documents";
                            write = false;
                            response = api.send("GET", "/api/v1/documents?size=20&page=" + random.nextInt(50), null);
                        } else if (dice < 85 || myClaims.isEmpty()) {
                            what = "create a claim";
                            write = true;
                            var span = spans.get(op % spans.size());
                            response = api.createClaim(ownDocument, span[0], span[1]);
                            if (response.statusCode() == 201) {
                                myClaims.add(BenchApi.id(response.body()));
                            }
                        } else if (dice < 95) {
                            what = "edit a claim with If-Match";
                            write = true;
                            long claim = myClaims.get(random.nextInt(myClaims.size()));
                            var current = api.send("GET", "/api/v1/claims/" + claim, null);
                            var m = ETAG.matcher(current.body());
                            var version = m.find() ? m.group(1) : "0";
                            response = api.sendWith("PATCH", "/api/v1/claims/" + claim,
                                    "{\"claimText\":\"Edited by client " + client + " op " + op + "\"}",
                                    Map.of("If-Match", "\"" + version + "\""));
                        } else {
                            what = "comment";
                            write = true;
                            long claim = myClaims.get(random.nextInt(myClaims.size()));
                            response = api.send("POST", "/api/v1/claims/" + claim + "/comments",
                                    "{\"body\":\"Load comment " + op + "\"}");
                        }
                    } catch (Exception e) {
                        errors.computeIfAbsent("exception: " + e.getClass().getSimpleName(), k -> new AtomicLong())
                                .incrementAndGet();
                        continue;
                    }
                    double ms = (System.nanoTime() - t0) / 1e6;
                    int status = response.statusCode();
                    if (status >= 400) {
                        errors.computeIfAbsent(what + ": " + status, k -> new AtomicLong()).incrementAndGet();
                    } else {
                        (write ? writes : reads).add(ms);
                    }
                    op++;
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(LOAD_SECONDS + 120, TimeUnit.SECONDS)).isTrue();
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        // The issue sets no latency target for the load run (only zero errors); on a 2-core machine that also runs
        // the 50 clients, latency is mostly queueing: clients / throughput.
        var note = LOAD_CLIENTS + " clients on the same machine, " + LOAD_SECONDS + " s, 70% reads / 30% writes"
                + (nodes.size() > 1 ? ", spread over " + nodes.size() + " nodes" : "");
        BenchResults.record("Load: reads under " + LOAD_CLIENTS + " concurrent clients" + on, "ms", reads, null,
                BenchResults.On.P95, note + "; " + reads.size() + " reads");
        BenchResults.record("Load: writes under " + LOAD_CLIENTS + " concurrent clients" + on, "ms", writes, null,
                BenchResults.On.P95, note + "; " + writes.size() + " writes");
        BenchResults.value("Load: requests per second" + on, "req/s", (reads.size() + writes.size()) / (double) LOAD_SECONDS,
                null, false, note);
        BenchResults.value("Load: errors" + on, "errors", errorCount, 0.0, true,
                errors.isEmpty() ? "none" : errors.toString());
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }
}
