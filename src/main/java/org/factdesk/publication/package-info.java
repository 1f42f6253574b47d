/**
 * What a desk published: frozen, self-contained, versioned records of checked claims (corrections
 * are new versions), chained by their hashes; the published pages, the ClaimReview feed and every
 * export of a published check read them, never the live claim.
 */
@NullMarked
package org.factdesk.publication;

import org.jspecify.annotations.NullMarked;
