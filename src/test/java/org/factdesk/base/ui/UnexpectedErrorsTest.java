package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class UnexpectedErrorsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reviewer")
    void an_unexpected_failure_tells_the_user_that_nothing_was_saved_instead_of_doing_nothing() {
        navigate("documents", com.vaadin.flow.component.Component.class);
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).as("every session reports unexpected errors to its user").isInstanceOf(UnexpectedErrors.class);

        handler.error(new ErrorEvent(new DataAccessResourceFailureException("The database has been closed")));

        var messages = $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("nothing was saved")
                .contains("What you typed is still on the screen").containsPattern("Reference [0-9a-f]{8}"));
    }
}
