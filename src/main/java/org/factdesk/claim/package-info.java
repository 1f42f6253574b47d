/** Claims: the checkable statements a reviewer highlights in a document, and their workflow status. */
@NullMarked
package org.factdesk.claim;

import org.jspecify.annotations.NullMarked;
