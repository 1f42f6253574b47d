package org.factdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The PostgreSQL database a backup or restore is told: the URL as given, an account always named. */
class PostgresDatabaseUrlTest {

    @Test
    void the_url_keeps_its_settings_and_the_password_is_never_shown() {
        var db = PostgresDatabase.of(" jdbc:postgresql://db.newsroom.example:6543/factdesk?sslmode=require ", "desk",
                "s3cret");
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.newsroom.example:6543/factdesk?sslmode=require");
        assertThat(db.toString()).isEqualTo("jdbc:postgresql://db.newsroom.example:6543/factdesk as desk")
                .doesNotContain("s3cret");
    }

    @Test
    void no_account_is_assumed() {
        assertThatThrownBy(() -> PostgresDatabase.of("jdbc:postgresql://10.0.0.5/desk", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--db-user");
        assertThatThrownBy(() -> PostgresDatabase.of("jdbc:postgresql://10.0.0.5/desk", " ", null))
                .hasMessageContaining("assumes none");
    }

    @Test
    void other_urls_are_refused_with_the_form_expected() {
        assertThat(PostgresDatabase.handles("jdbc:h2:file:./data/factdesk")).isFalse();
        assertThatThrownBy(() -> PostgresDatabase.of("jdbc:postgresql:desk", "u", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> PostgresDatabase.of("jdbc:postgresql://host:5432/", "u", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
