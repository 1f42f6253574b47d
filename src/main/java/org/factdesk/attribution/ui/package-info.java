/** The claimants list, a claimant's track record, and the attribution section of the claim panel. */
@NullMarked
package org.factdesk.attribution.ui;

import org.jspecify.annotations.NullMarked;
