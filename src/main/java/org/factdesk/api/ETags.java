package org.factdesk.api;

import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Versions travel as ETags ("3") and come back in If-Match. */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by an If-Match header, or null when the header is absent or "*". */
    static @Nullable Long parseIfMatch(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match carries the ETag of the version you edited, such as \"3\"");
        }
    }
}
