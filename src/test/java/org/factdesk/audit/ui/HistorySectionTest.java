package org.factdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.factdesk.IntegrationTest;
import org.factdesk.audit.AuditTrail;
import org.factdesk.claim.ClaimEdit;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class HistorySectionTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    AuditTrail audit;

    @Test
    @WithUserDetails("reviewer")
    void the_history_is_read_when_opened_newest_first_and_follows_the_claim_shown() {
        var doc = documents.create(DocumentMetadata.titled("History"), "The mayor said crime fell by half.").id();
        var claim = claims.create(doc, NewClaim.at(15, 34));
        var section = new HistorySection(audit);
        section.show(claim);
        assertThat(section.history.getChildren()).as("nothing is read while it is closed").isEmpty();

        section.details.setOpened(true);
        assertThat(section.history.getElement().getTextRecursively()).contains("reviewer created the claim");

        var edited = claims.update(claim.id(), claim.version(), ClaimEdit.text("Crime fell by half"));
        section.show(edited);
        var lines = section.history.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).contains("changed the claim text").contains("Crime fell by half");
    }
}
