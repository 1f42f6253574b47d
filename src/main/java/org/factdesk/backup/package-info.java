/**
 * Backups are data: one portable format for H2 and PostgreSQL (a zip of JSON Lines rows with a
 * manifest), written from one snapshot while the desk works, and restored by Factdesk's own
 * migrations and parameterised inserts into an empty place. Nothing in a backup is ever executed.
 */
@NullMarked
package org.factdesk.backup;

import org.jspecify.annotations.NullMarked;
