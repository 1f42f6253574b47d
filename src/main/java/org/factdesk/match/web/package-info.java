/** The claim-matching feature's part in the web layer: requests make its background encoding wait. */
@NullMarked
package org.factdesk.match.web;

import org.jspecify.annotations.NullMarked;
