package org.factdesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.domain.AbstractEntity;

/** A person who signs in to Factdesk. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MAX_LENGTH = 40;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int PASSWORD_MIN_LENGTH = 10;
    public static final int PASSWORD_MAX_LENGTH = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    @Column(nullable = false, length = USERNAME_MAX_LENGTH)
    private String username = "";

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName = "";

    @Column(name = "password_hash", nullable = false)
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.VIEWER;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role) {
        this.username = validUsername(username);
        this.displayName = validDisplayName(displayName, username);
        this.passwordHash = passwordHash;
        this.role = role;
    }

    static String validUsername(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "A username has 2 to 40 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return username;
    }

    static String validDisplayName(String displayName, String fallback) {
        var name = displayName.strip();
        if (name.isEmpty()) {
            return fallback;
        }
        if (name.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new InvalidInputException("displayName", "A display name has at most " + DISPLAY_NAME_MAX_LENGTH + " characters");
        }
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /**
     * What a signed-in session was granted: the role, whether the account is active, and the password
     * it proved. When any of them changes, every open session of the account ends at its next request.
     */
    String accessStamp() {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((role.name() + "|" + active + "|" + passwordHash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setRole(Role role) {
        this.role = role;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setDisplayName(String displayName) {
        this.displayName = validDisplayName(displayName, username);
    }
}
