package org.factdesk.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The user on whose behalf the current request or UI event runs. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    CurrentUser(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public Optional<FactdeskUser> get() {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FactdeskUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public FactdeskUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    /** The username of the current user, or "system" for work that no user started. */
    public String usernameOrSystem() {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication == null) {
            return SystemTask.SYSTEM_USERNAME;
        }
        return authentication.getName();
    }
}
