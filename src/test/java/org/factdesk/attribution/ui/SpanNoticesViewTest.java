package org.factdesk.attribution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.factdesk.base.Patch;
import org.factdesk.IntegrationTest;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionService;
import org.factdesk.attribution.TextSpan;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 36: a cue whose words the new text no longer has is said so in the claim panel and the list. */
@IntegrationTest
@WithUserDetails("reviewer")
class SpanNoticesViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    AttributionService attributions;

    @Test
    void a_lost_cue_is_named_in_the_panel_and_its_claim_listed_for_a_placement_check() {
        var text = "The report came out on Monday. Critics said the figures for the second quarter were misleading.";
        var doc = documents.create(DocumentMetadata.titled("Lost cue"), text).id();
        int start = text.indexOf("the figures");
        long claim = claims.create(doc, NewClaim.at(start, text.length() - 1)).id();
        int cue = text.indexOf("said");
        attributions.set(claim, null, AttributionDraft.none().with(Patch.absent(), Patch.absent(), Patch.of("said"),
                Patch.of(AttributionForm.INDIRECT)).withSpans(Patch.absent(), Patch.of(new TextSpan(cue, cue + 4, "said"))));
        documents.replaceText(doc, text.replace("Critics said", "Critics argued"), null);

        UI.getCurrent().navigate("documents/" + doc, QueryParameters.of("claim", String.valueOf(claim)));

        var notices = $(SpanNotices.class).single();
        assertThat(notices.isVisible()).isTrue();
        assertThat($(Paragraph.class, notices).all()).extracting(Paragraph::getText).containsExactly(
                "The cue \u201Csaid\u201D was not found in the new text and was cleared: mark it again.");
        assertThat($(SpanNotices.class).single().getParent()).isPresent();
    }
}
