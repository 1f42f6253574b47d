package org.factdesk.base;

/**
 * An edit was based on a version of something that has changed since (API 412). Nothing was
 * written; the caller reloads, sees what changed, and decides again.
 */
public class StaleVersionException extends RuntimeException {

    private final String what;
    private final Object id;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleVersionException(String what, Object id, long expectedVersion, long currentVersion) {
        super("The " + what + " " + id + " was changed by someone else (you edited version " + expectedVersion
                + ", it is now at version " + currentVersion + "). Reload it and apply your change again.");
        this.what = what;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /** A claim changed meanwhile: says who changed it and when, so nobody overwrites it unknowingly. */
    public StaleVersionException(String what, Object id, long expectedVersion, long currentVersion, String changedBy,
            java.time.Instant changedAt) {
        super(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " " + id + " was changed by " + changedBy
                + " meanwhile (at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss 'UTC', d MMM")
                        .withZone(java.time.ZoneOffset.UTC).format(changedAt)
                + "; you edited version " + expectedVersion + ", it is now at version " + currentVersion
                + "). Nothing of your change was saved: reload it and apply your change again.");
        this.what = what;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
