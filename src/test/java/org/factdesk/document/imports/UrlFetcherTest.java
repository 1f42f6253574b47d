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
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).hasMessageContaining("Only http and https");
        assertThatThrownBy(() -> fetcher.fetch("javascript:alert(1)")).hasMessageContaining("Only http and https");
        assertThatThrownBy(() -> fetcher.fetch("ftp://example.org/x")).hasMessageContaining("Only http and https");
        assertThatThrownBy(() -> fetcher.fetch("not a url")).isInstanceOf(ImportException.class);
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
}
