package org.factdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.IntegrationTest;
import org.factdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every screen, opened by anonymous and by each role: the screen opens from its least role up, and
 * below it the visitor is sent to sign in (anonymous) or refused (a lower role).
 */
@IntegrationTest
class ViewAccessMatrixTest extends SpringBrowserlessTest {

    record Screen(String location, String view, Role least) {
    }

    @Autowired
    JdbcClient jdbc;

    private List<Screen> screens() {
        long document = jdbc.sql("select min(id) from document").query(Long.class).single();
        long claimant = jdbc.sql("select min(id) from claimant").query(Long.class).single();
        long source = jdbc.sql("select min(id) from source").query(Long.class).single();
        return List.of(
                new Screen("", "DocumentListView", Role.VIEWER),
                new Screen("documents", "DocumentListView", Role.VIEWER),
                new Screen("documents/" + document, "DocumentReaderView", Role.VIEWER),
                new Screen("claims", "ClaimsView", Role.VIEWER),
                new Screen("claimants", "ClaimantsView", Role.VIEWER),
                new Screen("claimants/" + claimant, "ClaimantPageView", Role.VIEWER),
                new Screen("sources", "SourcesView", Role.VIEWER),
                new Screen("sources/" + source, "SourcePageView", Role.VIEWER),
                new Screen("my-work", "MyWorkView", Role.VIEWER),
                new Screen("dashboard", "DashboardView", Role.VIEWER),
                new Screen("reports", "ReportsView", Role.VIEWER),
                new Screen("publications", "PublicationsView", Role.VIEWER),
                new Screen("profile", "ProfileView", Role.VIEWER),
                new Screen("admin/users", "UsersView", Role.ADMIN),
                new Screen("admin/verdicts", "VerdictScaleView", Role.ADMIN),
                new Screen("admin/backup", "BackupView", Role.ADMIN));
    }

    /** Opens every screen as the current user and lists what differs from the table. */
    private List<String> walk(Role role) {
        var differences = new ArrayList<String>();
        for (var screen : screens()) {
            UI.getCurrent().navigate(screen.location());
            var shown = getCurrentView().getClass().getSimpleName();
            boolean allowed = role != null && role.ordinal() >= screen.least().ordinal();
            if (allowed && !shown.equals(screen.view())) {
                differences.add("/" + screen.location() + " shows " + shown + ", expected " + screen.view());
            } else if (!allowed && role == null && !shown.equals("LoginView")) {
                differences.add("/" + screen.location() + " shows " + shown + " to an anonymous visitor");
            } else if (!allowed && shown.equals(screen.view())) {
                differences.add("/" + screen.location() + " opens for " + role);
            }
        }
        return differences;
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_are_sent_to_sign_in_everywhere() {
        assertThat(walk(null)).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void viewers_open_the_workspace_but_not_the_admin_screens() {
        assertThat(walk(Role.VIEWER)).isEmpty();
    }

    @Test
    @WithUserDetails("reviewer")
    void reviewers_open_the_workspace_but_not_the_admin_screens() {
        assertThat(walk(Role.REVIEWER)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void editors_open_the_workspace_but_not_the_admin_screens() {
        assertThat(walk(Role.EDITOR)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void admins_open_every_screen() {
        assertThat(walk(Role.ADMIN)).isEmpty();
    }
}
