package org.factdesk.api;

import java.util.List;
import org.factdesk.claim.ClaimView;
import org.factdesk.verification.ClaimRecordService;
import org.springframework.stereotype.Component;

/** Claims as the API answers them: their records, read in one batch for lists. */
@Component
class ClaimAssembler {

    private final ClaimRecordService records;

    ClaimAssembler(ClaimRecordService records) {
        this.records = records;
    }

    ClaimResponse one(ClaimView claim) {
        return ClaimResponse.of(records.record(claim));
    }

    List<ClaimResponse> many(List<ClaimView> claims) {
        return records.records(claims).stream().map(ClaimResponse::of).toList();
    }
}
