package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.factdesk.it.Chromium;
import org.factdesk.it.FactdeskProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader in headless Chromium: from navigation to the text with all its highlights painted,
 * for 10k/50k/100k words with 0/500/2,000 claims, beside the same text as a plain static page
 * (no framework) served from the same machine and measured in the same run.
 */
class ReaderBench {

    static final int WARMUP = 2;
    static final int RUNS = 7;

    @Test
    void reader_render_time(@TempDir Path tmp) throws Exception {
        var chromium = Chromium.executable();
        BenchResults.context("browser", chromium.toString());
        var extraArgs = System.getProperty("bench.appArgs", "").isBlank() ? List.<String>of()
                : List.of(System.getProperty("bench.appArgs").split(" "));
        try (var app = new FactdeskProcess(tmp.resolve("data"), Map.of(), extraArgs).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var api = new BenchApi(app);
            var plainPages = new LinkedHashMap<String, String>();
            var documents = new LinkedHashMap<String, Long>();
            for (int words : new int[] { 10_000, 50_000, 100_000 }) {
                var text = Workload.document(words, words);
                plainPages.put("/plain-" + words, plainPage(text));
                var spans = Workload.claimSpans(text, 2_000, words + 1);
                for (int claims : new int[] { 0, 500, 2_000 }) {
                    long id = api.createDocument("Bench " + words + " words, " + claims + " claims", text);
                    createClaims(api, id, spans.subList(0, claims));
                    documents.put(words + "/" + claims, id);
                }
            }

            var server = staticPages(plainPages);
            try {
                var page = signedIn(browser, app);
                var medians = new LinkedHashMap<String, Double>();
                var firstPaints = new LinkedHashMap<String, Double>();
                for (var entry : documents.entrySet()) {
                    var parts = entry.getKey().split("/");
                    var samples = new ArrayList<Double>();
                    var firsts = new ArrayList<Double>();
                    for (int run = 0; run < WARMUP + RUNS; run++) {
                        double[] ms = fullLoadTimes(page, app.baseUrl() + "/documents/" + entry.getValue(),
                                Integer.parseInt(parts[1]));
                        if (run >= WARMUP) {
                            firsts.add(ms[0]);
                            samples.add(ms[1]);
                        }
                    }
                    var figure = BenchResults.record("Reader: " + parts[0] + " words, " + parts[1] + " claims", "ms",
                            samples, 1500.0, BenchResults.On.MEDIAN, "navigation until the application's reader has drawn"
                                    + " the text and all highlights (ready to select and create claims)");
                    medians.put(entry.getKey(), figure.median());
                    if (parts[1].equals("2000")) {
                        var first = BenchResults.record("Reader, first paint: " + parts[0] + " words, 2000 claims", "ms",
                                firsts, null, BenchResults.On.MEDIAN, "the same loads until the text and its highlights"
                                        + " from the page's first response are painted");
                        firstPaints.put(parts[0], first.median());
                    }
                }
                for (var entry : plainPages.entrySet()) {
                    var samples = new ArrayList<Double>();
                    for (int run = 0; run < WARMUP + RUNS; run++) {
                        double ms = plainTime(page, "http://localhost:" + server.getAddress().getPort() + entry.getKey());
                        if (run >= WARMUP) {
                            samples.add(ms);
                        }
                    }
                    var words = entry.getKey().substring("/plain-".length());
                    var plain = BenchResults.record("Plain static page: " + words + " words", "ms", samples, null,
                            BenchResults.On.MEDIAN, "the same text as <p> elements, no framework, no highlights");
                    BenchResults.value("Reader/plain page ratio: " + words + " words, 2000 claims", "x",
                            medians.get(words + "/2000") / plain.median(), null, true,
                            "the application's reader ready: framework and highlight cost over the plain-text limit");
                    BenchResults.value("First paint/plain page ratio: " + words + " words, 2000 claims", "x",
                            firstPaints.get(words) / plain.median(), words.equals("100000") ? 2.0 : null, true,
                            "text and highlights on screen (warm full load) over the plain-text limit");
                }
                BenchResults.value("Reader with 2000 claims / without highlights: 100000 words", "x",
                        medians.get("100000/2000") / medians.get("100000/0"), 1.3, true,
                        "cost of drawing 2,000 highlights");
            } finally {
                server.stop(0);
            }
        }
    }

    /**
     * The article people check every day: 2,000 words with 40 claims, opened on a full page load in a
     * fresh signed-in browser context (cold: empty HTTP cache), again in the same context (warm), and
     * from the documents list inside the app (client-side navigation); beside the same text as a plain
     * static page. Where the time goes on the cold load is written beside the figures (the resources,
     * by size and time).
     */
    @Test
    void everyday_article_cold_warm_and_in_app(@TempDir Path tmp) throws Exception {
        Chromium.executable();
        try (var app = new FactdeskProcess(tmp.resolve("data"), Map.of(), List.of()).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var api = new BenchApi(app);
            var text = Workload.document(2_000, 2_000);
            var title = "Everyday article 2000 words 40 claims";
            long id = api.createDocument(title, text);
            createClaims(api, id, Workload.claimSpans(text, 40, 2_001));
            var url = app.baseUrl() + "/documents/" + id;

            var server = staticPages(java.util.Map.of("/plain", plainPage(text)));
            try {
                var home = signedIn(browser, app);
                var state = home.context().storageState();
                // Cold: a new context that carries only the session cookie, so nothing is cached.
                var cold = new ArrayList<Double>();
                var coldReady = new ArrayList<Double>();
                String waterfall = "";
                for (int run = 0; run < WARMUP + RUNS; run++) {
                    try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                            .setStorageState(state))) {
                        var page = context.newPage();
                        double[] ms = fullLoadTimes(page, url, 40);
                        if (run >= WARMUP) {
                            cold.add(ms[0]);
                            coldReady.add(ms[1]);
                        }
                        if (run == WARMUP) {
                            waterfall = waterfall(page);
                        }
                    }
                }
                BenchResults.record("Everyday article (2000 words, 40 claims): first visit, cold cache", "ms", cold,
                        800.0, BenchResults.On.MEDIAN, "full page load in a fresh signed-in context until the text and"
                                + " its 40 highlights are painted (the first paint, from the first response); "
                                + waterfall);
                BenchResults.record("Everyday article (2000 words, 40 claims): first visit, cold cache, reader ready", "ms",
                        coldReady, null, BenchResults.On.MEDIAN, "the same loads until the application's reader has"
                                + " replaced the first paint: claims can be selected and created from here");
                var warm = new ArrayList<Double>();
                var warmReady = new ArrayList<Double>();
                for (int run = 0; run < WARMUP + RUNS; run++) {
                    double[] ms = fullLoadTimes(home, url, 40);
                    if (run >= WARMUP) {
                        warm.add(ms[0]);
                        warmReady.add(ms[1]);
                    }
                }
                BenchResults.record("Everyday article (2000 words, 40 claims): full load, warm cache", "ms", warm, 400.0,
                        BenchResults.On.MEDIAN, "the same context again: a full page load until the text and its"
                                + " highlights are painted (the first paint)");
                BenchResults.record("Everyday article (2000 words, 40 claims): full load, warm cache, reader ready", "ms",
                        warmReady, null, BenchResults.On.MEDIAN, "the same loads until the application's reader has"
                                + " replaced the first paint");
                var inApp = new ArrayList<Double>();
                for (int run = 0; run < WARMUP + RUNS; run++) {
                    home.navigate(app.baseUrl() + "/documents");
                    var row = home.getByText(title).first();
                    row.waitFor();
                    home.evaluate("() => { window.__fdClickAt = Infinity; document.addEventListener('click',"
                            + " () => window.__fdClickAt = performance.now(), { capture: true, once: true }); }");
                    row.click();
                    home.waitForFunction("() => window.__fdReaderRendered > window.__fdClickAt", null,
                            new Page.WaitForFunctionOptions().setTimeout(60_000));
                    double ms = ((Number) home.evaluate("() => window.__fdReaderRendered - window.__fdClickAt"))
                            .doubleValue();
                    if (run >= WARMUP) {
                        inApp.add(ms);
                    }
                }
                BenchResults.record("Everyday article (2000 words, 40 claims): opened from the documents list", "ms",
                        inApp, 250.0, BenchResults.On.MEDIAN, "click on its row until the text and highlights are painted"
                                + " (client-side navigation)");
                var statics = new ArrayList<Double>();
                for (int run = 0; run < WARMUP + RUNS; run++) {
                    double ms = plainTime(home, "http://localhost:" + server.getAddress().getPort() + "/plain");
                    if (run >= WARMUP) {
                        statics.add(ms);
                    }
                }
                BenchResults.record("Everyday article as a plain static page", "ms", statics, null,
                        BenchResults.On.MEDIAN, "the same text as <p> elements, no framework: the limit");
            } finally {
                server.stop(0);
            }
        }
    }

    /**
     * A 5 MB paste without line breaks (issue 36: about a minute before; Chromium froze 4 to 5 s laying
     * it out in the text area): from the paste until the dialog holds it, and from Create until the
     * reader has drawn the new document. The first run after signing in (a fresh browser context that
     * has loaded only the sign-in page) is reported on its own; then five more in the same context.
     */
    @Test
    void a_five_megabyte_paste_until_the_reader_is_ready(@TempDir Path tmp) throws Exception {
        var sentence = "The ministry said 80,000 troops moved towards the border. ";
        int repeats = 5_000_000 / sentence.length() + 1;
        try (var app = new FactdeskProcess(tmp.resolve("data")).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var page = signedIn(browser, app);
            var held = new ArrayList<Double>();
            var ready = new ArrayList<Double>();
            for (int run = 0; run < 1 + 5; run++) {
                page.navigate(app.baseUrl() + "/documents");
                page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("New document")).click();
                page.waitForFunction("() => [...document.querySelectorAll('vaadin-text-area')].some(a => a.label === 'Text')");
                page.getByLabel("Title").first().fill("Pasted " + run);
                held.add(((Number) page.evaluate("""
                        ([sentence, repeats]) => {
                          const area = [...document.querySelectorAll('vaadin-text-area')].find(a => a.label === 'Text');
                          const data = new DataTransfer();
                          data.setData('text/plain', sentence.repeat(repeats));
                          const t0 = performance.now();
                          area.inputElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data,
                              bubbles: true, cancelable: true, composed: true }));
                          return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(
                              () => r(performance.now() - t0))));
                        }""", List.of(sentence, repeats))).doubleValue());
                page.waitForSelector("vaadin-text-area[readonly]");
                page.evaluate("() => { window.__fdCreateClicked = performance.now(); }");
                page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Create").setExact(true)).click();
                page.waitForURL(java.util.regex.Pattern.compile(".*/documents/\\d+$"),
                        new Page.WaitForURLOptions().setTimeout(120_000));
                page.waitForSelector("fd-reader[data-rendered]", new Page.WaitForSelectorOptions().setTimeout(120_000));
                ready.add(((Number) page.evaluate("() => performance.now() - window.__fdCreateClicked")).doubleValue());
            }
            BenchResults.record("5 MB paste (one line), first after signing in: Create to reader ready", "ms",
                    ready.subList(0, 1), null, BenchResults.On.MEDIAN, "a fresh browser context that loaded only the"
                            + " sign-in page; the text travels when Create is clicked (the button says it is sending),"
                            + " the reader draws it in pieces");
            BenchResults.record("5 MB paste (one line): paste held in the dialog", "ms", held.subList(1, held.size()),
                    500.0, BenchResults.On.MEDIAN, "from the paste event until two frames later: the area shows the"
                            + " beginning, read-only, not the 5 MB laid out");
            BenchResults.record("5 MB paste (one line): Create to reader ready", "ms", ready.subList(1, ready.size()),
                    5000.0, BenchResults.On.MEDIAN, "sending 5,000,006 characters, storing the document, opening it");
        }
    }

    /** What a page load fetched: count, bytes over the wire, and the slowest resources. */
    static String waterfall(Page page) {
        return (String) page.evaluate("""
                () => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const rs = performance.getEntriesByType('resource');
                  const kb = b => Math.round(b / 1024);
                  const total = rs.reduce((a, r) => a + (r.transferSize || 0), 0) + (nav ? nav.transferSize : 0);
                  const slow = [...rs].sort((a, b) => (b.responseEnd - b.startTime) - (a.responseEnd - a.startTime))
                    .slice(0, 4).map(r => r.name.replace(location.origin, '') + ' ' + kb(r.transferSize) + ' kB '
                      + Math.round(r.startTime) + '-' + Math.round(r.responseEnd) + ' ms');
                  return 'the first cold load fetched ' + rs.length + ' resources, ' + kb(total) + ' kB; document '
                    + (nav ? Math.round(nav.responseEnd) : '?') + ' ms, DOMContentLoaded '
                    + (nav ? Math.round(nav.domContentLoadedEventEnd) : '?') + ' ms; slowest: ' + slow.join('; ');
                }""");
    }

    static void createClaims(BenchApi api, long documentId, List<int[]> spans) throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (var span : spans) {
                futures.add(pool.submit(() -> {
                    var response = api.createClaim(documentId, span[0], span[1]);
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                    return response.statusCode();
                }));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(201);
            }
        }
    }

    static Page signedIn(Browser browser, FactdeskProcess app) {
        var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        page.navigate(app.baseUrl() + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(FactdeskProcess.ADMIN_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(app.baseUrl() + "/");
        return page;
    }

    /** Milliseconds from navigation start until the reader has painted its text and highlights. */
    static double readerTime(Page page, String url) {
        page.navigate(url);
        page.waitForFunction("() => window.__fdReaderRendered", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        return ((Number) page.evaluate("() => window.__fdReaderRendered")).doubleValue();
    }

    /**
     * A full page load of the reader: milliseconds from navigation start until the first paint (the
     * text and its highlights from the first response) is on screen, and until the application's
     * reader has replaced it. Fails when the first paint did not draw every claim.
     */
    static double[] fullLoadTimes(Page page, String url, int claims) {
        page.navigate(url);
        page.waitForFunction("() => window.__fdReaderRendered", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        var times = (java.util.List<?>) page.evaluate("() => [window.__fdFirstPaint, window.__fdReaderRendered,"
                + " window.__fdFirstPaintClaims]");
        if (times.get(0) == null || ((Number) times.get(2)).intValue() != claims) {
            throw new IllegalStateException("The first paint did not draw the text with its " + claims + " claims: "
                    + times);
        }
        return new double[] {((Number) times.get(0)).doubleValue(), ((Number) times.get(1)).doubleValue()};
    }

    /** Milliseconds from navigation start until the plain page has painted (two frames after load). */
    static double plainTime(Page page, String url) {
        page.navigate(url);
        return ((Number) page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                + "requestAnimationFrame(() => r(performance.now()))))")).doubleValue();
    }

    static String plainPage(String text) {
        var sb = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>plain</title></head><body>");
        for (var line : text.split("\n")) {
            sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return sb.append("</body></html>").toString();
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }

    /** A started loopback server that serves each page (HTML) at its path: the plain-page limit the reader is held to. */
    private static HttpServer staticPages(java.util.Map<String, String> pages) throws java.io.IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.forEach((path, html) -> {
            var bytes = html.getBytes(StandardCharsets.UTF_8);
            server.createContext(path, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
        });
        server.start();
        return server;
    }
}
