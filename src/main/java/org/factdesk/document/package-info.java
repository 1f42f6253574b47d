/** Articles and other texts under review: their metadata, canonical text and revisions. */
@NullMarked
package org.factdesk.document;

import org.jspecify.annotations.NullMarked;
