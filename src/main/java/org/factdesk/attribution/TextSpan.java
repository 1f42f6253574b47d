package org.factdesk.attribution;

import org.jspecify.annotations.Nullable;

/** Words in the document marked as the source (who) or the cue (said, accused...) of an attribution. */
public record TextSpan(int start, int end, @Nullable String exact) {
}
