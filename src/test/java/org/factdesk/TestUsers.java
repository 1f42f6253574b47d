package org.factdesk;

import org.factdesk.security.Role;
import org.factdesk.security.SystemTask;
import org.factdesk.security.UserService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;

/** One user per role, for tests that act as a given role with {@code @WithUserDetails}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers implements SmartInitializingSingleton {

    public static final String PASSWORD = "test-password-1";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private final UserService users;
    private final SystemTask systemTask;

    TestUsers(UserService users, SystemTask systemTask) {
        this.users = users;
        this.systemTask = systemTask;
    }

    @Override
    public void afterSingletonsInstantiated() {
        systemTask.run(() -> {
            var existing = users.list().stream().map(u -> u.username()).toList();
            for (var role : new Role[] { Role.VIEWER, Role.REVIEWER, Role.EDITOR }) {
                var name = role.name().toLowerCase();
                if (!existing.contains(name)) {
                    users.create(name, null, PASSWORD, role);
                }
            }
            if (!existing.contains("reviewer2")) {
                users.create("reviewer2", "Second Reviewer", PASSWORD, Role.REVIEWER);
            }
            if (!existing.contains("editor2")) {
                users.create("editor2", "Second Editor", PASSWORD, Role.EDITOR);
            }
            if (!existing.contains("guessed")) {
                // Only for the sign-in throttling test: it gets locked out.
                users.create("guessed", "Target of guessing", PASSWORD, Role.VIEWER);
            }
        });
    }
}
