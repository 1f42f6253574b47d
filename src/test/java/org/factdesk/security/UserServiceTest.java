package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.IntegrationTest;
import org.factdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_user_who_then_holds_the_authorities_of_the_role_and_those_below_it() {
        users.create("desk-editor", "Desk Editor", "long-enough-password", Role.EDITOR);

        var loaded = userDetails.loadUserByUsername("desk-editor");
        assertThat(loaded.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_REVIEWER", "ROLE_EDITOR");
        assertThat(passwordEncoder.matches("long-enough-password", loaded.getPassword())).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void short_passwords_and_taken_or_malformed_usernames_are_refused_with_a_reason() {
        assertThatThrownBy(() -> users.create("someone", null, "short", Role.VIEWER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> users.create("viewer", null, "long-enough-password", Role.VIEWER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> users.create("<script>", null, "long-enough-password", Role.VIEWER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("username");
    }

    @Test
    @WithUserDetails("admin")
    void the_last_active_admin_can_neither_lose_the_role_nor_deactivate_themself() {
        assertThatThrownBy(() -> users.changeRole("admin", Role.EDITOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("admin must remain");
        assertThatThrownBy(() -> users.setActive("admin", false))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("admin")
    void a_deactivated_user_cannot_sign_in() {
        users.create("leaver", null, "long-enough-password", Role.REVIEWER);
        users.setActive("leaver", false);

        assertThat(userDetails.loadUserByUsername("leaver").isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("editor")
    void only_admins_manage_users() {
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create("x-user", null, "long-enough-password", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }
}
