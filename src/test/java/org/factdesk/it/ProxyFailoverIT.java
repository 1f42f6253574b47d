package org.factdesk.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.factdesk.PostgresTestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped proxy example ({@code deploy/haproxy.cfg}, only its ports changed) in front of two
 * nodes on one PostgreSQL: a browser signs in through the proxy, stays on one node, saves a claim;
 * that node is killed; the next page load reaches the other node, which asks the user to sign in
 * again, and the saved claim is there. Runs where {@code haproxy} is installed ({@code .ci/run}
 * installs it); under {@code CI=true} a missing proxy or database is a failure.
 */
class ProxyFailoverIT {

    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    @Test
    void the_proxy_keeps_a_browser_on_one_node_and_fails_over_to_the_other(@TempDir Path tmp) throws Exception {
        var haproxy = Path.of("/usr/sbin/haproxy");
        Assumptions.assumeTrue(Files.isExecutable(haproxy) || CI, "haproxy is not installed: the proxy test is skipped");
        Assumptions.assumeTrue(PostgresTestDatabase.reachable() || CI, "No PostgreSQL server answers: skipped");
        Chromium.executable();
        var url = PostgresTestDatabase.create();
        // The nodes believe what the proxy (on this machine) says of the client, as the example says.
        var env = Map.of("FACTDESK_DB_URL", url, "FACTDESK_DB_USER", PostgresTestDatabase.user(),
                "FACTDESK_TRUSTED_PROXIES", "127\\.0\\.0\\.1");
        var a = new FactdeskProcess(tmp.resolve("a"), env, List.of());
        var b = new FactdeskProcess(tmp.resolve("b"), env, List.of());
        Process proxy = null;
        try (a; b; var playwright = Playwright.create(); var browser = Chromium.launch(playwright)) {
            a.start();
            b.start();
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var config = Files.readString(Path.of("deploy/haproxy.cfg"))
                    .replace("bind :8080", "bind 127.0.0.1:" + port)
                    .replace("127.0.0.1:8081", URI.create(a.baseUrl()).getAuthority())
                    .replace("127.0.0.1:8082", URI.create(b.baseUrl()).getAuthority());
            assertThat(config).as("the example's ports were found and changed").contains("bind 127.0.0.1:" + port);
            var cfg = tmp.resolve("haproxy.cfg");
            Files.writeString(cfg, config);
            proxy = new ProcessBuilder(haproxy.toString(), "-f", cfg.toString(), "-db").redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("haproxy.log").toFile()).start();
            var base = "http://127.0.0.1:" + port;
            awaitProxy(base);

            var context = browser.newContext();
            var page = context.newPage();
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name=username]").fill("admin");
            page.locator("vaadin-login-form input[name=password]").fill(FactdeskProcess.ADMIN_PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForURL(base + "/");
            var node = context.cookies().stream().filter(c -> c.name.equals("FACTDESK_NODE")).findFirst()
                    .orElseThrow(() -> new AssertionError("the proxy set no FACTDESK_NODE cookie")).value;
            assertThat(node).isIn("node1", "node2");
            signInLimitsCountTheClientNotTheProxy(base, node, node.equals("node1") ? a : b);

            openDocument(page, base + "/documents/1");
            ClaimJourneyIT.selectPhrase(page, "more than at any time since 2014");
            page.keyboard().press("Enter");
            assertThat(ClaimJourneyIT.notification(page, "Claim created")).isVisible();

            var served = node.equals("node1") ? a : b;
            served.kill();
            page.waitForTimeout(3_000); // two failed health checks, one second apart
            try {
                page.navigate(base + "/documents/1");
            } catch (com.microsoft.playwright.PlaywrightException e) {
                // The other node does not know the session and sends the browser to sign in, which
                // may interrupt this navigation: that is the failover being tested.
                if (e.getMessage() == null || !(e.getMessage().contains("interrupted by another navigation")
                        || e.getMessage().contains("ERR_ABORTED"))) {
                    throw e;
                }
            }
            page.waitForURL("**/login**");
            page.locator("vaadin-login-form input[name=username]").fill("admin");
            page.locator("vaadin-login-form input[name=password]").fill(FactdeskProcess.ADMIN_PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForURL(u -> !u.contains("/login"));
            page.waitForLoadState();
            openDocument(page, base + "/documents/1");
            var now = context.cookies().stream().filter(c -> c.name.equals("FACTDESK_NODE")).findFirst().orElseThrow().value;
            assertThat(now).as("the node serving the browser after failover").isNotEqualTo(node);
            assertThat(ClaimJourneyIT.highlighted(page, "fd-unchecked")).as("the claim saved before the node died")
                    .contains("more than at any time since 2014");
        } finally {
            if (proxy != null) {
                proxy.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Issue 37. Behind the proxy every client used to share the proxy's address, so twenty made-up
     * names paused every password sign-in of a node. Through the shipped proxy, pinned to one node:
     * failures that forge a different X-Forwarded-For each time are still counted on the one address
     * the proxy saw (it replaces the header), past the limit they answer 429, and yet the right
     * password for an account nobody attacked signs in. A node asked directly by a trusted proxy
     * address over "https" sets a Secure session cookie; an untrusted one is {@code SecurityIT}'s part.
     */
    private static void signInLimitsCountTheClientNotTheProxy(String base, String node, FactdeskProcess served)
            throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.BiFunction<String, String, Integer> me = (user, forged) -> {
            try {
                return http.send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                        .header("Cookie", "FACTDESK_NODE=" + node).header("X-Forwarded-For", forged)
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (user).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        for (int i = 0; i < 20; i++) {
            assertThat(me.apply("made-up-" + i + ":wrong", "203.0.113." + i)).as("failure %d", i + 1).isEqualTo(401);
        }
        assertThat(me.apply("made-up-20:wrong", "203.0.113.99")).as("past the address's limit").isEqualTo(429);
        assertThat(me.apply("admin:" + FactdeskProcess.ADMIN_PASSWORD, "203.0.113.100")).as("the right password")
                .isEqualTo(200);

        var direct = http.send(java.net.http.HttpRequest.newBuilder(served.uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(direct.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("Secure"));
    }

    /**
     * Opens a page just after sign-in, while the app may still be moving to its start screen: a
     * navigation that this cuts short (net::ERR_ABORTED) is simply made again.
     */
    private static void openDocument(Page page, String url) {
        for (int attempt = 1; ; attempt++) {
            try {
                page.navigate(url);
                page.waitForSelector("fd-reader[data-rendered]");
                return;
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (attempt == 3 || e.getMessage() == null || !e.getMessage().contains("ERR_ABORTED")) {
                    throw e;
                }
                page.waitForTimeout(500);
            }
        }
    }

    private static void awaitProxy(String base) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the proxy did not answer at " + base);
    }
}
