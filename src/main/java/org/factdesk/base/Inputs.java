package org.factdesk.base;

import org.jspecify.annotations.Nullable;

/** How services clean what a user typed into a field before it is stored. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * A text as both databases keep it: without NUL characters (PostgreSQL cannot store them) and with
     * every unpaired surrogate (no character at all in UTF-8; PostgreSQL's driver wrote "?") as U+FFFD.
     * Applied once, where text comes in (JSON bodies, {@code base.config.JsonConfig}) and where it is
     * written ({@code base.domain.NoNulCharacters}), so that what an answer echoes is what was stored.
     */
    public static @Nullable String storable(@Nullable String value) {
        if (value == null) {
            return null;
        }
        // NULs go first: a surrogate pair that only a NUL kept apart is a pair.
        var text = value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
        int i = 0;
        while (i < text.length() && !Character.isSurrogate(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        var out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
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
