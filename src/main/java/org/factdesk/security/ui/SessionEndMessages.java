package org.factdesk.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When an open page's session has ended (timed out, or ended because the account's access changed),
 * the page goes straight to the sign-in page, which says so, instead of showing Vaadin's generic
 * "session expired" box.
 */
@Component
class SessionEndMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?session-ended");
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
