package org.factdesk.api;

import java.util.Arrays;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An enum value as a client writes it: {@code "confirmed"}, {@code " CONFIRMED "} and
 * {@code "CONFIRMED"} are the same; anything else is refused with the values there are.
 */
final class EnumNames {

    private EnumNames() {
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable Object v, String field) {
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toString().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var name = field.substring(field.lastIndexOf('.') + 1);
            throw new InvalidInputException(field, "'" + v + "' is not a " + name + "; use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
