/** The suggestions list beside the reader. */
@NullMarked
package org.factdesk.suggest.ui;

import org.jspecify.annotations.NullMarked;
