package org.factdesk.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.factdesk.base.InvalidInputException;

/**
 * Shows a service's refusal on the field it is about, where the person is looking, instead of in a
 * toast at the edge of the screen; refusals about no field of the form still go to a toast.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears earlier errors, then runs the action; answers its result, or empty when it was refused. */
    public static <T> Optional<T> attempt(Map<String, ? extends HasValidation> fieldsByName, Supplier<T> action) {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        try {
            return Optional.of(action.get());
        } catch (InvalidInputException e) {
            show(fieldsByName, e);
            return Optional.empty();
        } catch (RuntimeException e) {
            Notifications.refused(e);
            return Optional.empty();
        }
    }

    /** Puts a refusal on its field, or in a toast when it is about none of these fields. */
    public static void show(Map<String, ? extends HasValidation> fieldsByName, InvalidInputException e) {
        var field = e.field() == null ? null : fieldsByName.get(e.field());
        if (field == null) {
            Notifications.refused(e);
        } else {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            clearOnChange(field);
        }
    }

    /**
     * The error goes when the person changes the field, its likely cause, instead of staying until the next
     * save (issue 36: "a stale field error clears when its cause is fixed"); a save refused again shows it anew.
     */
    private static void clearOnChange(HasValidation field) {
        if (field instanceof HasValue<?, ?> value) {
            var registration = new Registration[1];
            registration[0] = value.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    field.setInvalid(false);
                    registration[0].remove();
                }
            });
        }
    }
}
