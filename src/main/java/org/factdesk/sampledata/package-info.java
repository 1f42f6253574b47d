/** The sample article and its annotations, imported on the first start of an empty database. */
@NullMarked
package org.factdesk.sampledata;

import org.jspecify.annotations.NullMarked;
