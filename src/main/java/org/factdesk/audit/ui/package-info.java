/** The claim panel's history section, read out from the audit trail. */
@NullMarked
package org.factdesk.audit.ui;

import org.jspecify.annotations.NullMarked;
