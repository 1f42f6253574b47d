package org.factdesk.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.factdesk.base.InvalidInputException;

/**
 * Shows a service's refusal on the field it is about, where the person is looking, instead of in a
 * toast at the edge of the screen; refusals about no field of the form still go to a toast.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears earlier errors, then runs the action; answers whether it went through. */
    public static boolean attempt(Map<String, ? extends HasValidation> fieldsByName, Runnable action) {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            var field = e.field() == null ? null : fieldsByName.get(e.field());
            if (field == null) {
                Notifications.refused(e);
            } else {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
            return false;
        } catch (RuntimeException e) {
            Notifications.refused(e);
            return false;
        }
    }
}
