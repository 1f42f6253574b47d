/** The dialogs that bring a document in and edit its details. */
@NullMarked
package org.factdesk.document.ui;

import org.jspecify.annotations.NullMarked;
