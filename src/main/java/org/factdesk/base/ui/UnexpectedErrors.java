package org.factdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a user sees when something fails that no screen expected (a database that stopped answering,
 * a bug): a message that says nothing was saved and that what they typed is still on the screen,
 * with a reference to find the error in the server log. Vaadin's default handler only logs, so a
 * failed <em>Save</em> looked like a save that did nothing (issue 22).
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    static final String MESSAGE = "The server could not finish this, so nothing was saved. What you typed is still "
            + "on the screen: try again in a moment, or copy it somewhere safe and reload. Reference %s "
            + "(the error is in the server log under it).";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error in the UI (reference {})", reference, event.getThrowable());
        var ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(MESSAGE.formatted(reference)).setDuration(15_000);
        }
    }
}
