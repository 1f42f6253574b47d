/**
 * Consistent backups of the database while Factdesk runs, and restores into an empty place: H2 with
 * its own BACKUP TO (a zip), PostgreSQL with its own pg_dump and pg_restore.
 */
@NullMarked
package org.factdesk.backup;

import org.jspecify.annotations.NullMarked;
