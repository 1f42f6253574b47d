package org.factdesk.security;

import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing users: admins create them, set roles, reset passwords and deactivate accounts. */
@Service
public class UserService {

    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    UserService(UserAccountRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
            CurrentUser currentUser) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** An account after a change, and how many of its API tokens the change revoked (a new password revokes them all). */
    public record Changed(UserSummary user, int tokensRevoked) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> list() {
        return users.findAllByOrderByUsername().stream().map(UserSummary::of).toList();
    }

    /** Usernames of active users who can review, for assigning claims. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<String> reviewers() {
        return users.findAllByOrderByUsername().stream()
                .filter(u -> u.isActive() && u.getRole().includes(Role.REVIEWER))
                .map(UserAccount::getUsername)
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary get(String username) {
        return UserSummary.of(find(username));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary create(String username, @Nullable String displayName, String password, Role role) {
        return UserSummary.of(createAccount(username, displayName, password, role));
    }

    /** Creates the first admin of a new installation; only called before anyone can sign in. */
    @Transactional
    UserSummary createFirstAdmin(String password) {
        if (users.count() > 0) {
            throw new IllegalStateException("Users exist already");
        }
        return UserSummary.of(createAccount("admin", "Administrator", password, Role.ADMIN));
    }

    @Transactional(readOnly = true)
    boolean anyUserExists() {
        return users.count() > 0;
    }

    private UserAccount createAccount(String username, @Nullable String displayName, String password, Role role) {
        var name = username.strip().toLowerCase(java.util.Locale.ROOT);
        UserAccount.validUsername(name);
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidInputException("username", "The username '" + name + "' is taken");
        }
        var account = new UserAccount(name, displayName == null ? name : displayName, encode(password), role);
        return users.save(account);
    }

    /**
     * Changes several things of an account in one request, all or nothing: every value is checked
     * before any is written (a valid role with a too-short password changes neither). Null leaves a
     * value as it is.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Changed update(String username, @Nullable Role role, @Nullable String password,
            @Nullable String displayName, @Nullable Boolean active) {
        var account = find(username);
        var hash = password == null ? null : encode(password);
        var name = displayName == null ? null : UserAccount.validDisplayName(displayName, account.getUsername());
        if (active != null && !active && account.getUsername().equals(currentUser.require().getUsername())) {
            throw new InvalidInputException("active", "You cannot deactivate your own account");
        }
        boolean losesAdmin = account.getRole() == Role.ADMIN
                && ((role != null && role != Role.ADMIN) || (active != null && !active));
        if (losesAdmin) {
            requireAnotherActiveAdmin(account);
        }
        if (role != null) {
            account.setRole(role);
        }
        int revoked = 0;
        if (hash != null) {
            account.setPasswordHash(hash);
            revoked = revokeTokens(account);
        }
        if (name != null) {
            account.setDisplayName(name);
        }
        if (active != null) {
            account.setActive(active);
        }
        return new Changed(UserSummary.of(account), revoked);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary changeRole(String username, Role role) {
        var account = find(username);
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherActiveAdmin(account);
        }
        account.setRole(role);
        return UserSummary.of(account);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary changeDisplayName(String username, String displayName) {
        var account = find(username);
        account.setDisplayName(displayName);
        return UserSummary.of(account);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Changed resetPassword(String username, String newPassword) {
        var account = find(username);
        account.setPasswordHash(encode(newPassword));
        return new Changed(UserSummary.of(account), revokeTokens(account));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary setActive(String username, boolean active) {
        var account = find(username);
        if (!active) {
            if (account.getUsername().equals(currentUser.require().getUsername())) {
                throw new InvalidInputException("active", "You cannot deactivate your own account");
            }
            if (account.getRole() == Role.ADMIN) {
                requireAnotherActiveAdmin(account);
            }
        }
        account.setActive(active);
        return UserSummary.of(account);
    }

    /**
     * Lets a signed-in user change their own password, after proving they know the current one; the
     * account's API tokens are revoked with the old password. Returns how many were.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int changeOwnPassword(String currentPassword, String newPassword) {
        var account = find(currentUser.require().getUsername());
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not right");
        }
        account.setPasswordHash(encode(newPassword));
        return revokeTokens(account);
    }

    /**
     * A new password ends whatever the old one let anyone do: sessions end by the account's access
     * stamp, and every API token of the account is revoked here, also those minted with a token.
     */
    private int revokeTokens(UserAccount account) {
        int revoked = 0;
        for (var token : tokens.findByUserOrderByCreatedAtDesc(account)) {
            if (!token.isRevoked()) {
                token.revoke();
                revoked++;
            }
        }
        return revoked;
    }

    private void requireAnotherActiveAdmin(UserAccount account) {
        // Every change that could take an admin away locks all admins' rows first, in one order: two
        // such changes at once (A demotes B while B demotes A), on one node or two, run one after the
        // other, and the second counts what the first left.
        users.lockAdmins();
        if (account.isActive() && users.countByRoleAndActiveTrue(Role.ADMIN) <= 1) {
            throw new InvalidInputException("role", "At least one active admin must remain");
        }
    }

    private UserAccount find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private String encode(String password) {
        if (password.length() < UserAccount.PASSWORD_MIN_LENGTH) {
            throw new InvalidInputException("password",
                    "A password needs at least " + UserAccount.PASSWORD_MIN_LENGTH + " characters");
        }
        if (password.length() > UserAccount.PASSWORD_MAX_LENGTH) {
            throw new InvalidInputException("password",
                    "A password has at most " + UserAccount.PASSWORD_MAX_LENGTH + " characters");
        }
        return passwordEncoder.encode(password);
    }
}
