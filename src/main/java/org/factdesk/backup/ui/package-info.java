/** The admin's backup screen: take a backup in the browser, and how to restore one. */
@NullMarked
package org.factdesk.backup.ui;

import org.jspecify.annotations.NullMarked;
