package org.factdesk.document.imports;

/** An input that cannot be imported; the message tells the user why and what to do instead. */
public class ImportException extends RuntimeException {

    private final String field;

    public ImportException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
