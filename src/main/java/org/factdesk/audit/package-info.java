/** The audit trail: every change to a claim, append-only, who, when, what, old and new value. */
@NullMarked
package org.factdesk.audit;

import org.jspecify.annotations.NullMarked;
