package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.it.Chromium;
import org.factdesk.it.FactdeskProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server heap held by each signed-in browser session with a 100,000-word document (2,000 claims)
 * open in the reader. Sessions are opened in steps and the live heap is read after a full GC
 * (jcmd); the cost of one session is the slope between steps, so one-time costs (classes, caches,
 * the first session) do not count against it.
 */
class SessionMemoryBench {

    static final int STEP = 6;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void heap_per_reader_session(@TempDir Path tmp) throws Exception {
        Chromium.executable();
        try (var app = new FactdeskProcess(tmp.resolve("data")).heap("1g").start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var api = new BenchApi(app);
            var text = Workload.document(100_000, 100_000);
            long doc = api.createDocument("Memory bench: 100k words, 2000 claims", text);
            ReaderBench.createClaims(api, doc, Workload.claimSpans(text, 2_000, 100_001));

            var pages = new ArrayList<Page>();
            open(browser, app, doc, pages, 1); // the first session pays for what every later one shares
            double first = liveHeapMiB(app);
            open(browser, app, doc, pages, STEP);
            double second = liveHeapMiB(app);
            open(browser, app, doc, pages, STEP);
            double third = liveHeapMiB(app);
            for (var page : pages) {
                // every session is still alive and showing the document
                assertThat(page.locator("fd-reader").count()).isEqualTo(1);
            }
            double perSession = Math.max(third - second, 0) / STEP;
            double perSessionFirstStep = Math.max(second - first, 0) / STEP;
            BenchResults.context("session memory", String.format(java.util.Locale.ROOT,
                    "live heap after full GC: %.1f MiB with 1 session, %.1f with %d, %.1f with %d", first, second,
                    1 + STEP, third, 1 + 2 * STEP));
            BenchResults.value("Heap per reader session (100k words, 2000 claims)", "MiB",
                    (perSession + perSessionFirstStep) / 2, 5.0, true,
                    String.format(java.util.Locale.ROOT, "slope over %d + %d sessions: %.2f and %.2f MiB",
                            STEP, STEP, perSessionFirstStep, perSession));
            double sessions = (1024 - first) / Math.max(0.01, (perSession + perSessionFirstStep) / 2);
            BenchResults.value("Reader sessions that 1 GiB of heap holds", "sessions", Math.floor(sessions), 150.0,
                    false, "(1 GiB - heap with one session) / heap per session");
        }
    }

    private static void open(Browser browser, FactdeskProcess app, long doc, List<Page> pages, int count) {
        for (int i = 0; i < count; i++) {
            var page = ReaderBench.signedIn(browser, app);
            ReaderBench.readerTime(page, app.baseUrl() + "/documents/" + doc);
            pages.add(page);
        }
    }

    /** Live heap in MiB: two full collections, then what G1 reports as used. */
    static double liveHeapMiB(FactdeskProcess app) throws IOException, InterruptedException {
        jcmd(app, "GC.run");
        Thread.sleep(500);
        jcmd(app, "GC.run");
        var info = jcmd(app, "GC.heap_info");
        var m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    private static String jcmd(FactdeskProcess app, String command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, String.valueOf(app.pid()), command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }
}
