/** Consistent backups of the database while Factdesk runs, and restores into an empty data directory. */
@NullMarked
package org.factdesk.backup;

import org.jspecify.annotations.NullMarked;
