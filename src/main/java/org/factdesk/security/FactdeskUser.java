package org.factdesk.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security sees it. It carries every authority its role includes, so
 * that an ADMIN passes a check for ROLE_REVIEWER without a role hierarchy.
 */
public final class FactdeskUser implements UserDetails {

    private final long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean active;
    private transient String password;
    private final String accessStamp;

    FactdeskUser(long userId, String username, String displayName, Role role, boolean active, String password,
            String accessStamp) {
        this.accessStamp = accessStamp;
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.active = active;
        this.password = password;
    }

    static FactdeskUser of(UserAccount account) {
        return new FactdeskUser(account.id(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.isActive(), account.getPasswordHash(), account.accessStamp());
    }

    /** The account's role, activity and password as they were when this user signed in. */
    public String accessStamp() {
        return accessStamp;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = role.includedRoles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactdeskUser other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return username;
    }
}
