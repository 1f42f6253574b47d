/** The main layout and widgets shared by views. */
@NullMarked
package org.factdesk.base.ui;

import org.jspecify.annotations.NullMarked;
