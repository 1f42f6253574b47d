/**
 * The verification workflow: verdicts on an admin-editable scale, the steps from Unchecked to
 * Published with two-person approval, assignment, and comments.
 */
@NullMarked
package org.factdesk.verification;

import org.jspecify.annotations.NullMarked;
