/**
 * The claim as it crosses the desk's edges: one set of Jackson records that the REST API answers,
 * the JSON export writes and the import reads, so that what one door says the others understand.
 * It reads the features' views and depends on no door.
 */
@NullMarked
package org.factdesk.exchange;

import org.jspecify.annotations.NullMarked;
