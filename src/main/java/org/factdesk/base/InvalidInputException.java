package org.factdesk.base;

import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be accepted as it is (API 422). The message says what to fix; the field names
 * the input it is about, where there is one.
 */
public class InvalidInputException extends RuntimeException {

    private final @Nullable String field;

    public InvalidInputException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidInputException(String message) {
        this(null, message);
    }

    public @Nullable String field() {
        return field;
    }
}
