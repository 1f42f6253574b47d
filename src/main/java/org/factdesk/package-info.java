/** Factdesk: a claim and attribution fact-checking workbench. */
@NullMarked
package org.factdesk;

import org.jspecify.annotations.NullMarked;
