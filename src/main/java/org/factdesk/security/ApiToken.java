package org.factdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only its SHA-256 hash is stored; the token itself is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken extends AbstractEntity {

    static final int NAME_MAX_LENGTH = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @SuppressWarnings("NullAway.Init")
    protected ApiToken() {
    }

    ApiToken(UserAccount user, String name, String tokenHash, String tokenPrefix) {
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
    }

    UserAccount getUser() {
        return user;
    }

    String getName() {
        return name;
    }

    String getTokenPrefix() {
        return tokenPrefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    void markUsed(Instant when) {
        lastUsedAt = when;
    }
}
