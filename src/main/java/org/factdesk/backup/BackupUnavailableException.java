package org.factdesk.backup;

/** This Factdesk has nothing on disk to back up (it runs on an in-memory database). API 409. */
public class BackupUnavailableException extends RuntimeException {

    BackupUnavailableException(String message) {
        super(message);
    }
}
