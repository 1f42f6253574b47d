package org.factdesk.verification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A published claim reopened for a correction: why, by whom, when, and what had been published. */
public record CorrectionView(String note, String correctedBy, Instant correctedAt, @Nullable String previousVerdict,
        @Nullable Instant publishedAt) {
}
