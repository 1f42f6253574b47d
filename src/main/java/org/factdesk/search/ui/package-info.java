/** The claims search across all documents. */
@NullMarked
package org.factdesk.search.ui;

import org.jspecify.annotations.NullMarked;
