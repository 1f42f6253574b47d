/** The documents list and the reader. */
@NullMarked
package org.factdesk.document.ui;

import org.jspecify.annotations.NullMarked;
