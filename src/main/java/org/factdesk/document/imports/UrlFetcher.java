package org.factdesk.document.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.factdesk.base.WebAddress;

/**
 * Fetches a web page for import, carefully: only http and https; never loopback, private,
 * link-local or cloud-metadata addresses (unless an admin allowed the host), checked again at
 * every redirect; a timeout, a size cap, a redirect limit, and honest errors.
 */
public final class UrlFetcher {

    public record Page(URI finalUri, String html, String contentType) {
    }

    private static final int MAX_REDIRECTS = 5;

    static {
        // The address a name resolved to when it was checked is the one connected to: the JVM keeps a
        // name's answer for 30 s (its default without a security manager, set here so nothing changes
        // it), so a name that answers a public address and then a private one cannot slip through.
        if (java.security.Security.getProperty("networkaddress.cache.ttl") == null) {
            java.security.Security.setProperty("networkaddress.cache.ttl", "30");
        }
    }
    private final HttpClient client;
    private final Set<String> allowedHosts;
    private final Duration timeout;
    private final long maxBytes;
    private final Duration deadline;
    private final java.util.concurrent.Semaphore slots;
    private final int concurrent;
    private static final java.util.concurrent.ScheduledExecutorService CUTTER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                var t = new Thread(r, "url-fetch-deadline");
                t.setDaemon(true);
                return t;
            });

    public UrlFetcher(Set<String> allowedHosts, Duration timeout, long maxBytes) {
        this(allowedHosts, timeout, maxBytes, Duration.ofSeconds(30), 8);
    }

    /**
     * @param deadline the longest one fetch may take in all (redirects and reading included): a server
     *     that sends a byte every few seconds is cut off there, and nothing of its page is kept
     * @param concurrent how many fetches run at once; another waits up to two seconds for a slot and is
     *     then told to retry, so imports can never occupy all of the server's request threads
     */
    public UrlFetcher(Set<String> allowedHosts, Duration timeout, long maxBytes, Duration deadline, int concurrent) {
        this.deadline = deadline;
        this.concurrent = concurrent;
        this.slots = new java.util.concurrent.Semaphore(concurrent, true);
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public Page fetch(String url) {
        var uri = parse(url);
        try {
            if (!slots.tryAcquire(2, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new org.factdesk.base.BusyException("Factdesk is already fetching " + concurrent
                        + " pages; try this one again in a few seconds", 5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("url", "The fetch was interrupted");
        }
        try {
            return fetchWithin(uri, System.nanoTime() + deadline.toNanos());
        } finally {
            slots.release();
        }
    }

    private Page fetchWithin(URI start, long deadlineNanos) {
        var uri = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkTarget(uri);
            HttpResponse<InputStream> response;
            var remaining = Duration.ofNanos(deadlineNanos - System.nanoTime());
            if (remaining.isNegative() || remaining.isZero()) {
                throw deadlinePassed(uri);
            }
            try {
                response = client.send(HttpRequest.newBuilder(uri)
                        .timeout(remaining.compareTo(timeout) < 0 ? remaining : timeout)
                        .header("User-Agent", "Factdesk/1.0 (fact-checking workbench)")
                        .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                        .header("Accept-Encoding", "gzip")
                        .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw System.nanoTime() >= deadlineNanos - 50_000_000L ? deadlinePassed(uri) : couldNotFetch(uri);
            } catch (IOException e) {
                // Refused, reset, unreachable or silent: one message for all, so that import cannot be used
                // to tell open ports from closed ones.
                throw couldNotFetch(uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportException("url", "The fetch was interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response);
                var location = response.headers().firstValue("Location").orElseThrow(
                        () -> new ImportException("url", "The server answered " + status + " without saying where to go"));
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new ImportException("url", "The server answered " + status
                        + (status == 404 ? " (not found)" : status == 403 ? " (forbidden)"
                                : status == 401 ? " (it needs a sign-in)" : "") + " for " + uri);
            }
            var contentType = response.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
            checkContentType(contentType, response);
            var bytes = readCapped(response, uri, deadlineNanos);
            var charset = charsetOf(contentType);
            return new Page(uri, TextDecoder.decode(bytes, charset), contentType);
        }
        throw new ImportException("url", "The page redirected more than " + MAX_REDIRECTS + " times");
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = WebAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new ImportException("url", e.getMessage());
        }
        if (uri.getUserInfo() != null) {
            throw new ImportException("url", "Addresses with a user name or password are not fetched");
        }
        return uri;
    }

    private void checkTarget(URI uri) {
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowedHosts.contains(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ImportException("url", "The host " + host + " is unknown");
        }
        for (var address : addresses) {
            if (isInternal(address) || ownAddresses().contains(address)) {
                throw new ImportException("url", "The address " + host + " points into a private or local network ("
                        + address.getHostAddress() + "); Factdesk does not fetch such addresses unless an admin "
                        + "allows the host (factdesk.fetch.allowed-hosts)");
            }
        }
    }

    private static volatile Set<InetAddress> own = Set.of();
    private static volatile long ownReadAt;

    /**
     * This machine's own interface addresses (its public address too, where Factdesk itself answers),
     * read again every minute.
     */
    static Set<InetAddress> ownAddresses() {
        if (System.nanoTime() - ownReadAt > 60_000_000_000L || own.isEmpty()) {
            var found = new java.util.HashSet<InetAddress>();
            try {
                var interfaces = java.net.NetworkInterface.getNetworkInterfaces();
                while (interfaces != null && interfaces.hasMoreElements()) {
                    interfaces.nextElement().getInetAddresses().asIterator().forEachRemaining(found::add);
                }
            } catch (java.net.SocketException e) {
                // Without the list, the ranges below still apply.
            }
            own = Set.copyOf(found);
            ownReadAt = System.nanoTime();
        }
        return own;
    }

    /**
     * Loopback, private, link-local (cloud metadata lives there), carrier-grade NAT, multicast,
     * unspecified, and the other special-purpose ranges of RFC 6890 (documentation TEST-NETs,
     * benchmarking, protocol assignments, 6to4 relays, Teredo, discard).
     */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        var b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || first == 100 && second >= 64 && second <= 127 // 100.64.0.0/10
                    || first == 192 && second == 0 && (b[2] & 0xFF) == 0 // 192.0.0.0/24
                    || first == 192 && second == 0 && (b[2] & 0xFF) == 2 // TEST-NET-1
                    || first == 192 && second == 88 && (b[2] & 0xFF) == 99 // 6to4 relay anycast
                    || first == 198 && second == 51 && (b[2] & 0xFF) == 100 // TEST-NET-2
                    || first == 203 && second == 0 && (b[2] & 0xFF) == 113 // TEST-NET-3
                    || first == 198 && (second == 18 || second == 19) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return true; // unique local fc00::/7
            }
            int second = b[1] & 0xFF;
            if (first == 0x20 && second == 0x01 && ((b[2] & 0xFF) < 0x02 // 2001::/23 protocol assignments, Teredo
                    || (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8)) { // 2001:db8::/32 documentation
                return true;
            }
            if (first == 0x01 && second == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
                return true; // 100::/64 discard
            }
            // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible addresses: judge the IPv4 address.
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                if (b[i] != 0) {
                    mapped = false;
                    break;
                }
            }
            if (mapped && ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF || b[10] == 0 && b[11] == 0)) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            // NAT64 well-known prefix 64:ff9b::/96 maps IPv4 too.
            if (first == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkContentType(String contentType, HttpResponse<InputStream> response) {
        if (contentType.contains("text/html") || contentType.contains("application/xhtml") || contentType.contains("text/plain")) {
            return;
        }
        close(response);
        if (contentType.contains("pdf")) {
            throw new ImportException("url", "This is a PDF, not a web page: download it, save its text, and upload that instead");
        }
        if (contentType.startsWith("image/") || contentType.startsWith("video/") || contentType.startsWith("audio/")) {
            throw new ImportException("url", "This address is " + contentType.split(";")[0] + ", not an article");
        }
        throw new ImportException("url", "This address serves " + contentType.split(";")[0]
                + ", not a web page; Factdesk imports HTML and plain text");
    }

    /**
     * Reads the body up to the size cap and the deadline. At the deadline the stream is closed from
     * outside, so a read that waits on a dripping server ends too; a page cut short (by the deadline,
     * or a server that stopped before the length it announced) is refused, never kept in part.
     */
    private byte[] readCapped(HttpResponse<InputStream> response, URI uri, long deadlineNanos) {
        var encoding = response.headers().firstValue("Content-Encoding").orElse("");
        var announced = response.headers().firstValueAsLong("Content-Length");
        var cutOff = new java.util.concurrent.atomic.AtomicBoolean();
        var raw = response.body();
        var cutter = CUTTER.schedule(() -> {
            cutOff.set(true);
            close(response);
        }, Math.max(0, deadlineNanos - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        try (raw; var in = encoding.equalsIgnoreCase("gzip") ? new GZIPInputStream(raw) : raw) {
            var out = new ByteArrayOutputStream();
            var buffer = new byte[16384];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (cutOff.get() || System.nanoTime() > deadlineNanos) {
                    throw deadlinePassed(uri);
                }
                total += n;
                if (total > maxBytes) {
                    throw new ImportException("url", "The page is larger than " + (maxBytes / (1024 * 1024))
                            + " MB; Factdesk stops reading there");
                }
                out.write(buffer, 0, n);
            }
            if (cutOff.get()) {
                throw deadlinePassed(uri);
            }
            if (announced.isPresent() && encoding.isEmpty() && out.size() != announced.getAsLong()) {
                throw new ImportException("url", "The server at " + uri.getHost() + " stopped before sending the"
                        + " whole page; nothing was imported");
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (cutOff.get()) {
                throw deadlinePassed(uri);
            }
            throw new ImportException("url", "The server at " + uri.getHost() + " stopped before sending the whole"
                    + " page; nothing was imported");
        } finally {
            cutter.cancel(false);
        }
    }

    private ImportException deadlinePassed(URI uri) {
        return new ImportException("url", "Fetching from " + uri.getHost() + " took longer than "
                + deadline.toSeconds() + " seconds, so Factdesk stopped; nothing was imported");
    }

    private static ImportException couldNotFetch(URI uri) {
        return new ImportException("url", "Could not fetch a page from " + uri.getHost()
                + ": the server did not answer, or no web page is there");
    }

    private static Charset charsetOf(String contentType) {
        var m = java.util.regex.Pattern.compile("charset=\"?([\\w.:-]+)").matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
