package org.factdesk.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Helpers for API tests that authenticate the way real clients do: by header. */
public final class ApiTestSupport {

    private ApiTestSupport() {
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs service calls as a user, outside any request (for setting up data). */
    static <T> T as(UserDetailsService users, SecurityContextHolderStrategy contexts, String username,
            Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.clearContext();
            SecurityContextHolder.clearContext();
        }
    }
}
