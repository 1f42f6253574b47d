package org.factdesk.security.web;

import org.factdesk.security.ApiTokenService;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests that carry {@code Authorization: Bearer <token>}. */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            ProblemResponses.write(response, 401, "Unauthorized",
                    "The API token is not valid: it may be mistyped, revoked, or its user deactivated");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities());
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
