package org.factdesk.backup;

import java.io.IOException;

/**
 * A backup that Factdesk will not restore, with a message that names the file, the member and the
 * row, and says what to do. When it is thrown nothing has been written (or all of it was undone).
 */
public class BackupRefusedException extends IOException {

    BackupRefusedException(String message) {
        super(message);
    }
}
