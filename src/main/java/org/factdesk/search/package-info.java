/** Finding claims across features: by document, status, text, tag, claimant (any alias), attribution check. */
@NullMarked
package org.factdesk.search;

import org.jspecify.annotations.NullMarked;
