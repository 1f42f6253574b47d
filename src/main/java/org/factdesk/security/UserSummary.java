package org.factdesk.security;

import java.time.Instant;

/** A user as administrators and the API see it (never with the password hash). */
public record UserSummary(long id, String username, String displayName, Role role, boolean active, Instant createdAt,
        long version) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.id(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.isActive(), account.getCreatedAt(), account.getVersion());
    }
}
