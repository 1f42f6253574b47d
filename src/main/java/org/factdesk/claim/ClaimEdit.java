package org.factdesk.claim;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A change to a claim's own fields; null leaves a field as it is. */
public record ClaimEdit(@Nullable String claimText, @Nullable List<String> tags) {
}
