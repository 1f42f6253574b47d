/** The reader with its highlights, the claims list and the claim panel. */
@NullMarked
package org.factdesk.claim.ui;

import org.jspecify.annotations.NullMarked;
