package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The JDBC URL Factdesk is configured with becomes pg_dump's and pg_restore's arguments. */
class PostgresDatabaseUrlTest {

    @Test
    void host_port_database_and_account_come_from_the_settings() {
        var db = PostgresBackup.Database.of("jdbc:postgresql://db.newsroom.example:6543/factdesk?sslmode=require",
                "desk", "s3cret");
        assertThat(db).isEqualTo(new PostgresBackup.Database("db.newsroom.example", 6543, "factdesk", "desk", "s3cret"));
        assertThat(db.arguments()).containsExactly("--host=db.newsroom.example", "--port=6543", "--username=desk",
                "--no-password");
        assertThat(db.toString()).doesNotContain("s3cret");
    }

    @Test
    void defaults_are_postgresql_s_own() {
        assertThat(PostgresBackup.Database.of("jdbc:postgresql://10.0.0.5/desk", null, null))
                .isEqualTo(new PostgresBackup.Database("10.0.0.5", 5432, "desk", "postgres", ""));
        assertThat(PostgresBackup.Database.of("jdbc:postgresql:///desk", "u", "").host()).isEqualTo("localhost");
        assertThat(PostgresBackup.Database.of("jdbc:postgresql://[::1]:5433/desk", "u", "").host()).isEqualTo("::1");
    }

    @Test
    void other_urls_are_refused_with_the_form_expected() {
        assertThat(PostgresBackup.handles("jdbc:h2:file:./data/factdesk")).isFalse();
        assertThatThrownBy(() -> PostgresBackup.Database.of("jdbc:postgresql:desk", "u", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> PostgresBackup.Database.of("jdbc:postgresql://host:5432/", "u", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
