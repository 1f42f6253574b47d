/** Shared building blocks of the domain model. */
@NullMarked
package org.factdesk.base.domain;

import org.jspecify.annotations.NullMarked;
