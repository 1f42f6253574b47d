package org.factdesk.anchoring;

/** A span cannot be anchored as asked; the message says why, in words a user understands. */
public class AnchorException extends RuntimeException {

    private final String field;

    public AnchorException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
