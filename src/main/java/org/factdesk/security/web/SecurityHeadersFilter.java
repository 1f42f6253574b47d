package org.factdesk.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every answer, set before anything else runs, so that pages Vaadin serves
 * without passing the security filter chain (the sign-in page) carry them too.
 *
 * <p>The UI's Content-Security-Policy allows inline and evaluated scripts because Vaadin's client
 * needs them (its bootstrap is inline and it evaluates the JavaScript the server sends); the
 * defence against script injection is that no user text is ever rendered as HTML. The policy still
 * forbids loading anything from another origin, plugins, framing, and posting forms elsewhere. The
 * API's policy forbids everything: it serves data, never pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(response, request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
        chain.doFilter(request, response);
    }

    /** The headers of every answer; {@code data} for what is no page of the app (the API, error reports). */
    static void apply(HttpServletResponse response, boolean data) {
        response.setHeader("Content-Security-Policy", data ? API_POLICY : UI_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", data ? "no-referrer" : "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }
}
