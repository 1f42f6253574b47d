package org.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class FirstRunAdminTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void the_first_start_creates_admin_with_the_configured_password_stored_as_an_argon2_hash() {
        var hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        var role = jdbc.sql("select role from app_user where username = 'admin'").query(String.class).single();

        assertThat(role).isEqualTo("ADMIN");
        assertThat(hash).startsWith("{argon2}").doesNotContain(TestUsers.ADMIN_PASSWORD);
        assertThat(passwordEncoder.matches(TestUsers.ADMIN_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches("wrong-password", hash)).isFalse();
    }
}
