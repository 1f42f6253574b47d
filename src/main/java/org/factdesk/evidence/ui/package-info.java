/** The source library, a source's page, and the evidence section of the claim panel. */
@NullMarked
package org.factdesk.evidence.ui;

import org.jspecify.annotations.NullMarked;
