/**
 * Consistent backups of the database while Factdesk runs, and restores into an empty place: H2 with
 * a snapshot by its own SCRIPT replayed into a fresh file (a zip), PostgreSQL with its own pg_dump and pg_restore.
 */
@NullMarked
package org.factdesk.backup;

import org.jspecify.annotations.NullMarked;
