/** Configuration of the data directory and the database. */
@NullMarked
package org.factdesk.base.config;

import org.jspecify.annotations.NullMarked;
