package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 36: errors inside the application, saying what happened, instead of "Could not navigate to …". */
@IntegrationTest
@WithUserDetails("reviewer")
class ErrorViewsTest extends SpringBrowserlessTest {

    @Test
    void a_screen_for_another_role_says_which_role_it_needs() {
        UI.getCurrent().navigate("admin/users");

        var view = (AccessDeniedView) getCurrentView();
        assertThat(view.message.getText()).startsWith("You need the ADMIN role for Users.");
        assertThat(view.getParent()).isPresent();
    }

    @Test
    void a_document_that_does_not_exist_is_named() {
        UI.getCurrent().navigate("documents/99999");

        var view = (NotFoundView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("Document 99999 does not exist");
    }

    @Test
    void an_address_that_is_no_screen_is_no_such_page() {
        UI.getCurrent().navigate("no-such-page");

        var view = (NotFoundView) getCurrentView();
        assertThat(view.heading.getText()).isEqualTo("No such page");
        assertThat(view.message.getText()).isEqualTo("Factdesk has no page at /no-such-page.");
    }
}
