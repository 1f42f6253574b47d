package org.factdesk.base;

/**
 * The server is doing as much of this kind of work as it allows at once (API 503 with Retry-After).
 * Nothing was done; the same request a little later will be.
 */
public class BusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
