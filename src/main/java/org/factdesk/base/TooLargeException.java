package org.factdesk.base;

/**
 * Input larger than one request may ask the server to work on (API 413). The message gives the
 * limit; nothing was done.
 */
public class TooLargeException extends InvalidInputException {

    public TooLargeException(String field, String message) {
        super(field, message);
    }
}
