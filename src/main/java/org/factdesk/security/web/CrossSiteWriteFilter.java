package org.factdesk.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No cross-site writes. A browser that once answered a Basic challenge, or holds a session, sends
 * those credentials with any request another site makes it send: a hidden form posting a document,
 * or signing the victim in as the attacker (login CSRF). So every write to the API and every
 * sign-in that a browser marks as coming from another site ({@code Sec-Fetch-Site: cross-site}),
 * or whose {@code Origin} is not this server, is refused with 403 before any credential is looked
 * at. Scripts and command-line clients send neither header and are not affected; the UI's own
 * requests are same-origin (and carry Vaadin's CSRF token besides).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return true;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.equals("/login") || path.startsWith("/login?"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var host = request.getHeader("Host");
        var reason = refusal(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                host != null ? host : request.getServerName() + ":" + request.getServerPort());
        if (reason != null) {
            ProblemResponses.write(response, 403, "Forbidden", reason);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why a write with these headers is refused, or null when it may go on. */
    static @Nullable String refusal(@Nullable String fetchSite, @Nullable String origin, @Nullable String host) {
        if (fetchSite != null && fetchSite.strip().equalsIgnoreCase("cross-site")) {
            return "Refused: the browser says this request was sent by another site. Factdesk accepts writes only"
                    + " from its own pages and from API clients.";
        }
        if (origin == null) {
            return null;
        }
        if (!sameOrigin(origin, host)) {
            return "Refused: this request comes from another origin (" + abbreviate(origin) + "). Factdesk accepts"
                    + " writes only from its own pages and from API clients.";
        }
        return null;
    }

    /** Whether an Origin names this server: the same host and port (a port left out is the scheme's default). */
    static boolean sameOrigin(String origin, @Nullable String host) {
        if (host == null) {
            return false;
        }
        try {
            var from = URI.create(origin.strip());
            var to = URI.create("//" + host.strip());
            if (from.getHost() == null || to.getHost() == null) {
                return false;
            }
            int defaultPort = "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            int fromPort = from.getPort() == -1 ? defaultPort : from.getPort();
            int toPort = to.getPort() == -1 ? defaultPort : to.getPort();
            return from.getHost().equalsIgnoreCase(to.getHost()) && fromPort == toPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
