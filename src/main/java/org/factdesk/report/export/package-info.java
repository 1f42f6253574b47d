/** One exporter per format, pure Java: the report model in, bytes out. */
@NullMarked
package org.factdesk.report.export;

import org.jspecify.annotations.NullMarked;
