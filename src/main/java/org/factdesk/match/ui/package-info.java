/** "Already checked?" in the claim panel, and the fact-check library screen. */
@NullMarked
package org.factdesk.match.ui;

import org.jspecify.annotations.NullMarked;
