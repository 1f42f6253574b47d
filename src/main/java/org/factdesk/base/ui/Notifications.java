package org.factdesk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Short messages at the bottom of the screen; every refusal says why. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        var n = Notification.show(message, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        return n;
    }

    public static Notification info(String message) {
        var n = Notification.show(message, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.INFO);
        return n;
    }

    public static Notification error(String message) {
        var n = Notification.show(message, 6000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.ERROR);
        return n;
    }

    /**
     * Runs a user's action; when a service refuses it, shows why instead of failing. Answers whether
     * the action went through.
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            refused(e);
            return false;
        }
    }

    /** Shows why a service refused a user's action; anything that is not a refusal is rethrown. */
    public static void refused(RuntimeException e) {
        if (e instanceof InvalidInputException || e instanceof NotFoundException || e instanceof StaleVersionException
                || e instanceof org.factdesk.base.ConflictException || e instanceof org.factdesk.base.BusyException) {
            error(e.getMessage());
        } else if (org.factdesk.base.ConcurrentRemoval.is(e)) {
            error(org.factdesk.base.ConcurrentRemoval.MESSAGE);
        } else if (e instanceof OptimisticLockingFailureException) {
            error("Someone else changed this at the same moment; nothing of your change was saved. "
                    + "Reload and apply it again.");
        } else if (e instanceof AccessDeniedException denied) {
            // Factdesk's own refusals say why (the two-person rule, "only an editor can ..."); the
            // security layer's bare "Access Denied" does not.
            var reason = denied.getMessage();
            error(reason == null || reason.isBlank() || reason.equalsIgnoreCase("Access Denied")
                    ? "Your role does not allow this" : reason);
        } else {
            throw e;
        }
    }
}
