package org.factdesk.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Backup screen says where the database's size stands (issue 37): here the tests' database is a server's. */
@IntegrationTest
class BackupViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void the_backup_screen_says_what_keeps_the_database_small() {
        var view = navigate(BackupView.class);
        assertThat(view.database.getText()).contains("database server");
    }
}
