package org.factdesk.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factdesk.security.AccountSessions;
import org.factdesk.security.FactdeskUser;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Open browser sessions follow their account. Runs after Spring Security has put the session's user
 * in place: when that account's role, activity or password changed since sign-in, the session ends
 * here, at its next request. A page request is sent to the sign-in page with "your access changed";
 * a request from an open page finds no session, and Vaadin sends that page to the same address
 * ({@code SessionEndMessages}). The API needs none of this: it authenticates every request afresh.
 */
@Component
@Order(0)
class AccountChangeFilter extends OncePerRequestFilter {

    static final String SIGN_IN_AGAIN = "/login?access-changed";

    private final AccountSessions sessions;

    AccountChangeFilter(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        // The API authenticates each request itself; static files carry no powers.
        return path.startsWith("/api/") || path.startsWith("/VAADIN/") || path.startsWith("/frontend/")
                || request.getSession(false) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FactdeskUser user
                && !sessions.current(user)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (request.getParameter("v-r") == null) {
                response.sendRedirect(request.getContextPath() + SIGN_IN_AGAIN);
                return;
            }
            // A request from an open page: with its session gone, Vaadin answers "session expired" and
            // the page goes to the sign-in page.
        }
        chain.doFilter(request, response);
    }
}
