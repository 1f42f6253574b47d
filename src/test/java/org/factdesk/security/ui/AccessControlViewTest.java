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
}
