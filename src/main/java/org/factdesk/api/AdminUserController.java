package org.factdesk.api;

import java.net.URI;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.security.ApiTokenService;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.factdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN only: users, their roles, passwords and whether they may sign in. */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUserController {

    private final UserService users;
    private final ApiTokenService tokens;

    AdminUserController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping
    List<UserSummary> list() {
        return users.list();
    }

    record NewUser(@Nullable String username, @Nullable String password, @Nullable String role,
            @Nullable String displayName) {
    }

    @PostMapping
    ResponseEntity<UserSummary> create(@RequestBody NewUser request) {
        if (request.username() == null || request.password() == null) {
            throw new InvalidInputException("username", "A new user needs a username and a password");
        }
        var role = request.role() == null ? Role.VIEWER : EnumNames.parse(Role.class, request.role(), "role");
        var created = users.create(request.username(), request.displayName(), request.password(), role);
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.username())).body(created);
    }

    /**
     * A change to an account: only the fields sent change. The account's own read-only fields, as a
     * client echoes them back, are ignored; any other field is refused by configuration.
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"id", "username", "createdAt", "version"})
    record UserChange(@Nullable Given<String> role, @Nullable Given<String> password,
            @Nullable Given<String> displayName, @Nullable Given<Boolean> active) {
    }

    /**
     * The account after a change, and how many of its API tokens the change revoked: a new password
     * revokes them all (0 when no password was sent).
     */
    record ChangedUser(@com.fasterxml.jackson.annotation.JsonUnwrapped UserSummary user, int tokensRevoked) {
    }

    /** Changes a role ({@code role}), resets a password ({@code password}), (de)activates ({@code active}). */
    @PatchMapping("/{username}")
    ChangedUser update(@PathVariable String username, @RequestBody UserChange change) {
        notCleared("role", change.role());
        notCleared("password", change.password());
        notCleared("displayName", change.displayName());
        notCleared("active", change.active());
        var role = EnumNames.parse(Role.class, Given.value(change.role()), "role");
        // One transaction: a refused value leaves every other value of the account as it was.
        var changed = users.update(username, role, Given.value(change.password()), Given.value(change.displayName()),
                Given.value(change.active()));
        return new ChangedUser(changed.user(), changed.tokensRevoked());
    }

    /** A user's API tokens as an admin sees them: names, prefixes, dates; never a secret. */
    @GetMapping("/{username}/tokens")
    List<ApiTokenService.TokenInfo> tokens(@PathVariable String username) {
        return tokens.listOf(username);
    }

    /** Revokes one of a user's tokens (204, as for one's own). */
    @DeleteMapping("/{username}/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable String username, @PathVariable long id) {
        tokens.revokeOf(username, id);
        return ResponseEntity.noContent().build();
    }

    private static void notCleared(String field, @Nullable Given<?> value) {
        if (Given.sent(value) && Given.value(value) == null) {
            throw new InvalidInputException(field, "'" + field + "' cannot be cleared; send a value");
        }
    }
}
