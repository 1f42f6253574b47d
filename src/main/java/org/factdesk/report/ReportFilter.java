package org.factdesk.report;

import java.time.LocalDate;
import java.util.Set;
import org.factdesk.claim.ClaimStatus;
import org.jspecify.annotations.Nullable;

/** Which claims a report over many documents covers: a date range (claims created), status, verdict, claimant, tag. */
public record ReportFilter(@Nullable LocalDate from, @Nullable LocalDate to, Set<ClaimStatus> statuses,
        Set<String> verdicts, @Nullable String claimant, @Nullable String tag) {
}
