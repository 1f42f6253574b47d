/** The reports page: downloads per document and over a filter, with progress and cancel. */
@NullMarked
package org.factdesk.report.ui;

import org.jspecify.annotations.NullMarked;
