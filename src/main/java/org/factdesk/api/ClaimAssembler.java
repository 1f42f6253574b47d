package org.factdesk.api;

import java.util.List;
import org.factdesk.claim.ClaimView;
import org.factdesk.exchange.ClaimJson;
import org.factdesk.publication.PublicationService;
import org.factdesk.verification.ClaimRecordService;
import org.springframework.stereotype.Component;

/** Claims as the API answers them: their records and published versions, read in one batch for lists. */
@Component
class ClaimAssembler {

    private final ClaimRecordService records;
    private final PublicationService publications;

    ClaimAssembler(ClaimRecordService records, PublicationService publications) {
        this.records = records;
        this.publications = publications;
    }

    ClaimJson one(ClaimView claim) {
        return many(List.of(claim)).getFirst();
    }

    List<ClaimJson> many(List<ClaimView> claims) {
        var published = publications.versionsOf(claims.stream().map(ClaimView::id).toList());
        return records.records(claims).stream()
                .map(r -> ClaimJson.of(r, published.getOrDefault(r.claim().id(), List.of()))).toList();
    }
}
