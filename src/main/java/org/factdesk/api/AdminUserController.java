package org.factdesk.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.factdesk.base.InvalidInputException;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.factdesk.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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

    AdminUserController(UserService users) {
        this.users = users;
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
        var role = request.role() == null ? Role.VIEWER : AttributionJson.enumValue(Role.class, request.role(), "role");
        var created = users.create(request.username(), request.displayName(), request.password(), role);
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.username())).body(created);
    }

    /** Changes a role ({@code role}), resets a password ({@code password}), (de)activates ({@code active}). */
    @PatchMapping("/{username}")
    UserSummary update(@PathVariable String username, @RequestBody Map<String, Object> body) {
        JsonFields.requireKnown(body, List.of("role", "password", "displayName", "active"),
                JsonFields.of(UserSummary.class));
        var role = body.containsKey("role") ? AttributionJson.enumValue(Role.class, body.get("role"), "role") : null;
        if (body.containsKey("role") && role == null) {
            throw new InvalidInputException("role", "'role' is one of " + java.util.Arrays.toString(Role.values()));
        }
        String password = null;
        if (body.containsKey("password")) {
            if (!(body.get("password") instanceof String p)) {
                throw new InvalidInputException("password", "'password' is a string");
            }
            password = p;
        }
        String displayName = null;
        if (body.containsKey("displayName")) {
            if (!(body.get("displayName") instanceof String name)) {
                throw new InvalidInputException("displayName", "'displayName' is a string");
            }
            displayName = name;
        }
        Boolean active = null;
        if (body.containsKey("active")) {
            if (!(body.get("active") instanceof Boolean a)) {
                throw new InvalidInputException("active", "'active' is true or false");
            }
            active = a;
        }
        // One transaction: a refused value leaves every other value of the account as it was.
        var result = users.update(username, role, password, displayName, active);
        return result;
    }
}
