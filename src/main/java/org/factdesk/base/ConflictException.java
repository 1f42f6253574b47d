package org.factdesk.base;

import org.jspecify.annotations.Nullable;

/**
 * A request that cannot apply in the state the item is in (API 409): a published claim must be
 * reopened before it is edited; another change held the claim too long. Nothing was written.
 */
public class ConflictException extends RuntimeException {

    private final @Nullable String field;

    public ConflictException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
