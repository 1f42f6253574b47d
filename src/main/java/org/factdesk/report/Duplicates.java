package org.factdesk.report;

import java.util.Locale;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What an import does about what the desk already has: refuse and say so (the default), copy it, or skip it. */
public enum Duplicates {
    REFUSE, COPY, SKIP;

    /** From the API's {@code duplicate} parameter: absent is REFUSE; {@code copy} or {@code skip}. */
    public static Duplicates of(@Nullable String given) {
        if (given == null || given.isBlank()) {
            return REFUSE;
        }
        return switch (given.strip().toLowerCase(Locale.ROOT)) {
            case "copy" -> COPY;
            case "skip" -> SKIP;
            case "refuse" -> REFUSE;
            default -> throw new InvalidInputException("duplicate", "duplicate is 'copy' (import anyway) or 'skip' "
                    + "(leave out what is already here), not '" + (given.length() > 20 ? given.substring(0, 20) : given)
                    + "'");
        };
    }
}
