package org.factdesk.security;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work that no user started (first-run sample data, command-line tools) as the user
 * "system", which holds every role. The work is recorded as done by "system".
 */
@Component
public class SystemTask {

    public static final String SYSTEM_USERNAME = "system";

    private final SecurityContextHolderStrategy contexts;

    SystemTask(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public <T> T call(Supplier<T> work) {
        var previous = contexts.getContext();
        var context = contexts.createEmptyContext();
        var authorities = Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USERNAME, null, authorities));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
