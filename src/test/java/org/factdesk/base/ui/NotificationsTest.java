package org.factdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.factdesk.IntegrationTest;
import org.factdesk.verification.TwoPersonRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class NotificationsTest extends SpringBrowserlessTest {

    /** Issue 22: approving one's own verdict said "Your role does not allow this" instead of the two-person rule. */
    @Test
    @WithUserDetails("editor")
    void a_refusal_says_the_services_reason_and_only_a_bare_denial_speaks_of_the_role() {
        navigate("documents", com.vaadin.flow.component.Component.class);
        Notifications.refused(new TwoPersonRuleException("editor"));
        assertThat(test($(Notification.class).last()).getText()).startsWith("Two people must agree")
                .contains("another editor has to approve it");
        Notifications.refused(new AccessDeniedException("Access Denied"));
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Your role does not allow this");
    }
}
