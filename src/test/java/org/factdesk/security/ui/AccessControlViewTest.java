package org.factdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AccessControlViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        getCurrentView();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginView.class).single().login.getAction()).isEqualTo("login");
    }

    @Test
    @WithUserDetails("editor")
    void the_admin_screen_is_closed_to_editors() {
        navigate("admin/users", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_user_in_the_admin_screen() {
        var view = navigate(UsersView.class);
        test(view.username).setValue("new-reviewer");
        test(view.displayName).setValue("New Reviewer");
        test(view.password).setValue("a-long-password");
        test(view.create).click();

        var grid = test(view.users);
        var names = java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
        assertThat(names).contains("new-reviewer");
    }

    @Test
    @WithUserDetails("admin")
    void a_refused_user_creation_says_why() {
        var view = navigate(UsersView.class);
        test(view.username).setValue("x");
        test(view.password).setValue("short");
        test(view.create).click();

        // Said on the field it is about, not in a toast.
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("username");
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all()).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.factdesk.security.UserService userService;
    @org.springframework.beans.factory.annotation.Autowired
    org.factdesk.security.ApiTokenService tokenService;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private com.vaadin.flow.component.button.Button actionOf(UsersView view, String username, String label) {
        var grid = test(view.users);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 0).equals(username)) {
                var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) grid.getCellComponent(row, 4);
                return cell.getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                        .filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no row for " + username);
    }

    /** Issue 37: an admin sees a user's tokens and revokes one; a reset password says it revoked the rest. */
    @Test
    @WithUserDetails("admin")
    void an_admin_lists_and_revokes_a_users_tokens_and_a_reset_says_it_revoked_the_rest() {
        userService.create("ui-token-holder", null, "a-long-password", org.factdesk.security.Role.REVIEWER);
        long holder = jdbc.sql("select id from app_user where username = 'ui-token-holder'").query(Long.class).single();
        for (var name : java.util.List.of("CMS", "Spreadsheet")) {
            jdbc.sql("insert into api_token (user_id, name, token_hash, token_prefix, created_at) values (?, ?, ?, ?, ?)")
                    .param(holder).param(name).param("hash-" + name + System.nanoTime()).param("fd_" + name)
                    .param(java.sql.Timestamp.from(java.time.Instant.now())).update();
        }
        var view = navigate(UsersView.class);
        test(actionOf(view, "ui-token-holder", "API tokens")).click();
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("API tokens of ui-token-holder");
        @SuppressWarnings("unchecked")
        var tokens = (com.vaadin.flow.component.grid.Grid<org.factdesk.security.ApiTokenService.TokenInfo>)
                $(com.vaadin.flow.component.grid.Grid.class, dialog).single();
        assertThat(test(tokens).size()).isEqualTo(2);
        int cms = test(tokens).getCellText(0, 0).equals("CMS") ? 0 : 1;
        test((com.vaadin.flow.component.button.Button) test(tokens).getCellComponent(cms, 4)).click();
        assertThat(tokenService.listOf("ui-token-holder")).filteredOn(t -> t.revokedAt() != null)
                .extracting(org.factdesk.security.ApiTokenService.TokenInfo::name).containsExactly("CMS");
        dialog.close();

        test(actionOf(view, "ui-token-holder", "Reset password")).click();
        var reset = $(com.vaadin.flow.component.dialog.Dialog.class).last();
        test($(com.vaadin.flow.component.textfield.PasswordField.class, reset).single()).setValue("another-long-password");
        test($(com.vaadin.flow.component.button.Button.class, reset).withText("Set password").single()).click();
        assertThat(notificationText()).contains("their 1 API token was revoked with the old password");
        assertThat(tokenService.listOf("ui-token-holder")).allMatch(t -> t.revokedAt() != null);
    }

    private String notificationText() {
        return $(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> test(n).getText()).reduce("", (a, b) -> a + " | " + b);
    }
}
