/** Command-line entry points: {@code java -jar factdesk.jar <command>}. */
@NullMarked
package org.factdesk.cli;

import org.jspecify.annotations.NullMarked;
