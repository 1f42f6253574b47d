package org.factdesk.base;

import org.jspecify.annotations.Nullable;

/** How services clean what a user typed into a field before it is stored. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * A one-line value: control characters and runs of white space become one space, the ends are
     * trimmed; empty becomes null. Longer than {@code max} is refused, naming the field.
     */
    public static @Nullable String line(@Nullable String value, int max, String field) {
        if (value == null) {
            return null;
        }
        var v = value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, "The " + field + " has at most " + max + " characters");
        }
        return v;
    }

    /** A free text that keeps its lines: trimmed, blank becomes null, longer than {@code max} is refused. */
    public static @Nullable String text(@Nullable String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "The " + field + " has at most " + max + " characters");
        }
        return value.strip();
    }
}
