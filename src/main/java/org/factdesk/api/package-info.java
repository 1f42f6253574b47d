/** The REST API (../shared/API.md): controllers that call the feature services and nothing else. */
@NullMarked
package org.factdesk.api;

import org.jspecify.annotations.NullMarked;
