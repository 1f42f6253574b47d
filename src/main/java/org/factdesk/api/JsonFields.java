package org.factdesk.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeSet;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Field checks for JSON bodies read as maps (PATCH): a key the endpoint does not know is refused
 * before anything is written, so a typo such as {@code "titel"} is never silently ignored.
 */
final class JsonFields {

    private JsonFields() {
    }

    /**
     * Refuses keys outside {@code editable}; keys that the resource's own JSON carries (id, version
     * and so on, as a client echoes them back) are allowed and ignored.
     */
    static void requireKnown(Map<String, Object> body, Collection<String> editable, Collection<String> echoed) {
        for (var key : body.keySet()) {
            if (!editable.contains(key) && !echoed.contains(key)) {
                throw new InvalidInputException(key, "'" + key + "' is not a field that can be changed here; the fields"
                        + " are " + String.join(", ", new TreeSet<>(editable)));
            }
        }
    }

    /** A string field, or null when absent; any other JSON type is refused naming {@code field}. */
    static @Nullable String string(Map<String, Object> body, String key, String field) {
        var v = body.get(key);
        if (v != null && !(v instanceof String)) {
            throw new InvalidInputException(field, "'" + key + "' is a string");
        }
        return (String) v;
    }

    static @Nullable String string(Map<String, Object> body, String key) {
        return string(body, key, key);
    }

    /** The JSON field names of a record type, for {@link #requireKnown}. */
    static Collection<String> of(Class<? extends Record> type) {
        var names = new LinkedHashSet<String>();
        Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }
}
