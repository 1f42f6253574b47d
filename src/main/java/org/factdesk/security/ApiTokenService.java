package org.factdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user creates one on their profile page, sees it once, and revokes it
 * when it is no longer needed. Tokens are stored as SHA-256 hashes: they are long random strings,
 * so a fast hash is safe, unlike for passwords.
 */
@Service
public class ApiTokenService {

    static final String TOKEN_PREFIX = "fd_";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, CurrentUser currentUser) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
    }

    /** A token's visible facts; the secret itself is never in here. */
    public record TokenInfo(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        static TokenInfo of(ApiToken token) {
            return new TokenInfo(token.id(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
                    token.getLastUsedAt(), token.getRevokedAt());
        }
    }

    /** A newly created token: the secret is shown to the user once and never again. */
    public record NewToken(String secret, TokenInfo info) {
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NewToken create(String name) {
        var label = name.strip();
        if (label.isEmpty() || label.length() > ApiToken.NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "Give the token a name of 1 to " + ApiToken.NAME_MAX_LENGTH
                    + " characters, so that you recognise it later");
        }
        var user = users.findById(currentUser.require().userId()).orElseThrow();
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = tokens.save(new ApiToken(user, label, hash(secret), secret.substring(0, 11)));
        return new NewToken(secret, TokenInfo.of(token));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TokenInfo> listMine() {
        var user = users.findById(currentUser.require().userId()).orElseThrow();
        return tokens.findByUserOrderByCreatedAtDesc(user).stream().map(TokenInfo::of).toList();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        var token = tokens.findById(tokenId)
                .filter(t -> t.getUser().id() == currentUser.require().userId())
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        token.revoke();
    }

    /** An admin's view of another user's tokens (never their secrets), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<TokenInfo> listOf(String username) {
        var user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        return tokens.findByUserOrderByCreatedAtDesc(user).stream().map(TokenInfo::of).toList();
    }

    /** An admin revokes one of another user's tokens (a token that is revoked already stays as it was). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TokenInfo revokeOf(String username, long tokenId) {
        var token = tokens.findById(tokenId).filter(t -> t.getUser().getUsername().equals(username))
                .orElseThrow(() -> new NotFoundException("API token of " + username, tokenId));
        token.revoke();
        return TokenInfo.of(token);
    }

    /** The user a presented token belongs to, if it is valid, not revoked and its user is active. */
    @Transactional
    public Optional<FactdeskUser> authenticate(String presented) {
        if (!presented.startsWith(TOKEN_PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(presented))
                .filter(token -> !token.isRevoked() && token.getUser().isActive())
                .map(token -> {
                    var now = Instant.now();
                    var lastUsed = token.getLastUsedAt();
                    if (lastUsed == null || lastUsed.plus(LAST_USED_RESOLUTION).isBefore(now)) {
                        token.markUsed(now);
                    }
                    return FactdeskUser.of(token.getUser());
                });
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
