package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.factdesk.base.config.DataDirectory;
import org.factdesk.it.FactdeskProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database file over a busy month (issue 37). H2 appends every commit to the file while
 * Factdesk runs (REUSE_SPACE=FALSE, chosen for durability) and compacts it on a clean stop. A desk's
 * work is written through the API, as reviewers write it: for each claim its creation with an
 * attribution, a piece of evidence, a workflow step and a verdict. The growth per write is measured
 * in two halves (it should not speed up) and a month is compressed in time: 2,000 writes a day (ten
 * busy reviewers) for 30 days, extrapolated from the measured growth per write. Then a clean stop.
 */
class DatabaseGrowthBench {

    static final int CLAIMS = 600;
    static final int WRITES_PER_DAY = 2_000;

    @Test
    void a_busy_month_of_writes_on_the_embedded_database(@TempDir Path tmp) throws Exception {
        var data = tmp.resolve("data");
        var file = DataDirectory.databaseFile(data);
        var app = new FactdeskProcess(data).start();
        long start;
        long half;
        long end;
        int writes = 0;
        var halves = new ArrayList<Integer>();
        try (app) {
            var api = new BenchApi(app);
            var text = Workload.document(3_000, 37);
            long document = api.createDocument("A busy month", text);
            var source = api.send("POST", "/api/v1/sources", "{\"url\":\"https://stats.example/month\",\"title\":"
                    + "\"Monthly statistics\",\"kind\":\"DATASET\"}");
            assertThat(source.statusCode()).isEqualTo(201);
            long sourceId = Long.parseLong(source.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
            var spans = Workload.claimSpans(text, CLAIMS, 38);
            start = Files.size(file);
            half = start;
            for (int i = 0; i < spans.size(); i++) {
                if (i == spans.size() / 2) {
                    half = Files.size(file);
                    halves.add(writes);
                }
                var span = spans.get(i);
                var created = api.send("POST", "/api/v1/documents/" + document + "/claims", "{\"start\":" + span[0]
                        + ",\"end\":" + span[1] + ",\"attribution\":{\"cue\":\"said\",\"form\":\"INDIRECT\"}}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                long claim = Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
                for (var write : new String[][] {
                        {"POST", "/api/v1/claims/" + claim + "/evidence", "{\"sourceId\":" + sourceId
                                + ",\"stance\":\"REFUTES\",\"excerpt\":\"The figure was lower that month.\"}"},
                        {"POST", "/api/v1/claims/" + claim + "/transitions", "{\"to\":\"IN_RESEARCH\"}"},
                        {"PUT", "/api/v1/claims/" + claim + "/verdict", "{\"verdict\":\"MOSTLY_FALSE\",\"rationale\":"
                                + "\"The statistics office counted fewer.\"}"}}) {
                    var response = api.send(write[0], write[1], write[2]);
                    assertThat(response.statusCode()).as(write[1] + " " + response.body()).isBetween(200, 201);
                }
                writes += 4;
            }
            end = Files.size(file);
        }
        long compacted = Files.size(file);
        int firstHalf = halves.getFirst();
        double perWrite = (double) (end - start) / writes;
        double firstKb = (half - start) / 1024.0 / firstHalf;
        double secondKb = (end - half) / 1024.0 / (writes - firstHalf);
        BenchResults.value("Embedded database: growth per write", "KB", perWrite / 1024, null, true, writes
                + " writes (claim with attribution, evidence, workflow step, verdict); first half "
                + String.format(java.util.Locale.ROOT, "%.1f", firstKb) + " KB, second half "
                + String.format(java.util.Locale.ROOT, "%.1f", secondKb) + " KB a write");
        BenchResults.value("Embedded database: file after a busy month without a restart", "MB",
                (start + perWrite * WRITES_PER_DAY * 30) / 1_048_576, null, true, WRITES_PER_DAY
                        + " writes a day for 30 days, from the growth per write; it starts at "
                        + String.format(java.util.Locale.ROOT, "%.1f", start / 1_048_576.0) + " MB");
        BenchResults.value("Embedded database: file after these writes, then after a clean stop", "MB",
                compacted / 1_048_576.0, null, true, String.format(java.util.Locale.ROOT,
                        "%.1f MB before the stop; SHUTDOWN COMPACT on the clean stop", end / 1_048_576.0));
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }
}
