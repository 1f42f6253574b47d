/** Cross-cutting pieces every feature uses: configuration, errors, the data directory. */
@NullMarked
package org.factdesk.base;

import org.jspecify.annotations.NullMarked;
