package org.factdesk.document.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlFetcherTest {

    private final UrlFetcher fetcher = new UrlFetcher(Set.of(), Duration.ofSeconds(5), 1024 * 1024);

    @Test
    void only_http_and_https_are_fetched() {
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).hasMessageContaining("starting with http:// or https://");
        assertThatThrownBy(() -> fetcher.fetch("javascript:alert(1)")).hasMessageContaining("starting with http:// or https://");
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/x")).hasMessageContaining(", not ftp:");
        // Issue 36: the parser's words ("Illegal character in path at index 3") are not a person's.
        assertThatThrownBy(() -> fetcher.fetch("not a url")).isInstanceOf(ImportException.class)
                .hasMessage("Enter a web address starting with http:// or https:// (a web address has no spaces)");
        assertThatThrownBy(() -> fetcher.fetch("  ")).hasMessage("Enter a web address starting with http:// or https://");
    }

    @Test
    void loopback_private_link_local_and_metadata_addresses_are_refused() {
        for (var url : new String[] { "http://127.0.0.1/", "http://localhost:8080/", "http://10.0.0.1/",
                "http://192.168.1.1/", "http://172.16.0.5/", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/", "http://100.64.0.1/",
                "http://[::ffff:127.0.0.1]/", "http://2130706433/" }) {
            assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOf(ImportException.class)
                    .hasMessageContaining("private or local network");
        }
    }

    @Test
    void public_addresses_are_not_internal() throws Exception {
        assertThat(UrlFetcher.isInternal(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(UrlFetcher.isInternal(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"))).isFalse();
    }

    @Test
    void an_allowed_host_is_fetched_but_a_redirect_to_an_internal_address_is_refused() throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", exchange -> {
            var body = "<html><body><article><p>Hello from an allowed intranet host, with enough text.</p></article></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/article");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/pdf", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, 4);
            exchange.getResponseBody().write("%PDF".getBytes(StandardCharsets.US_ASCII));
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            var port = server.getAddress().getPort();
            var allowed = new UrlFetcher(Set.of("localhost"), Duration.ofSeconds(5), 1024 * 1024);

            var page = allowed.fetch("http://localhost:" + port + "/article");
            assertThat(page.html()).contains("Hello from an allowed intranet host");

            assertThatThrownBy(() -> allowed.fetch("http://localhost:" + port + "/redirect"))
                    .hasMessageContaining("private or local network");
            assertThatThrownBy(() -> allowed.fetch("http://localhost:" + port + "/pdf"))
                    .hasMessageContaining("PDF");
            assertThatThrownBy(() -> allowed.fetch("http://localhost:" + port + "/missing"))
                    .hasMessageContaining("404");
        } finally {
            server.stop(0);
        }
    }

    /** Issue 16, finding 4: the machine's own interface addresses and every special-purpose range are refused. */
    @Test
    void the_hosts_own_addresses_and_special_purpose_ranges_are_refused() throws Exception {
        for (var ip : new String[] { "192.0.2.10", "198.51.100.7", "203.0.113.200", "198.18.0.1", "192.88.99.1",
                "2001:db8::1", "2001::1", "100::1" }) {
            assertThat(UrlFetcher.isInternal(InetAddress.getByName(ip))).as(ip).isTrue();
        }
        var own = UrlFetcher.ownAddresses().stream()
                .filter(a -> !UrlFetcher.isInternal(a)).findFirst();
        // On a machine whose only addresses are private ones, the ranges above already refuse them all.
        if (own.isPresent()) {
            var host = own.get() instanceof java.net.Inet6Address ? "[" + own.get().getHostAddress() + "]"
                    : own.get().getHostAddress();
            assertThatThrownBy(() -> fetcher.fetch("http://" + host + ":8080/")).hasMessageContaining("private or local");
        }
    }

    /**
     * Issue 16, finding 5: a server that sends its headers and then a byte every second is cut off at
     * the fetch's deadline, and nothing of the page is kept; one that stops before the length it
     * announced is refused too. Refused and silent ports get the same message.
     */
    @Test
    void a_dripping_server_is_cut_off_at_the_deadline_and_a_page_cut_short_is_never_kept() throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/drip", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (Exception e) {
                // the client went away
            }
        });
        server.createContext("/short", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 10_000);
            exchange.getResponseBody().write("<html><body><p>Only the start".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            exchange.close();
        });
        server.start();
        try {
            var port = server.getAddress().getPort();
            var fetcher = new UrlFetcher(Set.of("localhost"), Duration.ofSeconds(5), 1024 * 1024, Duration.ofSeconds(3), 2);
            long started = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch("http://localhost:" + port + "/drip"))
                    .hasMessageContaining("took longer than 3 seconds").hasMessageContaining("nothing was imported");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            // However the server's stop shows (cut mid-body, or before the headers), no page comes back.
            assertThatThrownBy(() -> fetcher.fetch("http://localhost:" + port + "/short"))
                    .isInstanceOf(ImportException.class);

            // Two slots: a third fetch waits two seconds for one, then is told to come back (503), not queued forever.
            var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            try {
                var outcomes = new java.util.concurrent.CopyOnWriteArrayList<String>();
                var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
                for (int i = 0; i < 3; i++) {
                    futures.add(pool.submit(() -> {
                        try {
                            fetcher.fetch("http://localhost:" + port + "/drip");
                            outcomes.add("fetched");
                        } catch (org.factdesk.base.BusyException e) {
                            outcomes.add("busy");
                        } catch (ImportException e) {
                            outcomes.add("cut off");
                        }
                    }));
                }
                for (var f : futures) {
                    f.get(20, java.util.concurrent.TimeUnit.SECONDS);
                }
                assertThat(outcomes).containsExactlyInAnyOrder("cut off", "cut off", "busy");
            } finally {
                pool.shutdownNow();
            }
        } finally {
            server.stop(0);
        }
        // A closed port and a refused connection read the same as anything else that is not there.
        var closed = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        int closedPort = closed.getLocalPort();
        closed.close();
        var allowed = new UrlFetcher(Set.of("localhost"), Duration.ofSeconds(2), 1024 * 1024);
        assertThatThrownBy(() -> allowed.fetch("http://localhost:" + closedPort + "/"))
                .hasMessage("Could not fetch a page from localhost: the server did not answer, or no web page is there");
    }
}
