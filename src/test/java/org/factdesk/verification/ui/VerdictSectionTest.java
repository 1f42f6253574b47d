package org.factdesk.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.claim.ui.ReaderLinks;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.verification.VerdictScaleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class VerdictSectionTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    VerdictScaleService scale;

    private Button step(VerdictSection section, String label) {
        return section.steps.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    /** Issue 22: what is missing before review is said on the field that lacks it, not in a toast. */
    @Test
    @WithUserDetails("reviewer")
    void sending_to_review_without_a_rationale_marks_the_rationale_field() {
        var doc = documents.create(DocumentMetadata.titled("Verdict fields"), "The mayor said the bridge was closed.").id();
        var claim = claims.create(doc, NewClaim.at(15, 36));
        ReaderLinks.openClaim(UI.getCurrent(), doc, claim.id());
        var section = $(VerdictSection.class).single();

        test(step(section, "Start research")).click();
        section = $(VerdictSection.class).single();
        section.verdict.setValue(scale.scale().stream().filter(v -> v.code().equals("UNPROVEN")).findFirst().orElseThrow());
        test(section.saveVerdict).click();
        test(step(section, "Send to review")).click();

        assertThat(section.rationale.isInvalid()).isTrue();
        assertThat(section.rationale.getErrorMessage()).startsWith("Write the rationale");
        assertThat(section.verdict.isInvalid()).isFalse();
    }

    @Autowired
    org.factdesk.verification.ReviewService reviews;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    /** Issue 15: a second reviewer's save over a changed claim says who changed it and keeps what they typed. */
    @Test
    @WithUserDetails("reviewer")
    void saving_over_a_claim_someone_changed_meanwhile_says_who_and_keeps_the_typed_text() {
        var doc = documents.create(DocumentMetadata.titled("Meanwhile"), "The mayor said the bridge was closed.").id();
        var claim = claims.create(doc, NewClaim.at(15, 36));
        ReaderLinks.openClaim(UI.getCurrent(), doc, claim.id());
        var section = $(VerdictSection.class).single();
        section.rationale.setValue("My reading of the council minutes");

        // Someone else saves a rationale while this reviewer is typing.
        var mine = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var other = userDetails.loadUserByUsername("reviewer2");
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(other, null, other.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            reviews.setVerdict(claim.id(), null, null, "The second reviewer's rationale", null);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(mine);
        }

        test(section.saveVerdict).click();
        var messages = $(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> test(n).getText()).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("reviewer2").contains("meanwhile")
                .contains("Nothing of your change was saved"));
        assertThat(section.rationale.getValue()).isEqualTo("My reading of the council minutes");
        assertThat(reviews.get(claim.id()).rationale()).isEqualTo("The second reviewer's rationale");
    }

    /** One's own change to another part of the claim (an assignment) is not someone else's change: the typed rationale saves. */
    @Test
    @WithUserDetails("reviewer")
    void typing_a_rationale_then_assigning_the_claim_still_saves_the_rationale() {
        var doc = documents.create(DocumentMetadata.titled("Own change"), "The mayor said the bridge was closed.").id();
        var claim = claims.create(doc, NewClaim.at(15, 36));
        ReaderLinks.openClaim(UI.getCurrent(), doc, claim.id());
        var section = $(VerdictSection.class).single();
        section.rationale.setValue("Checked against the council minutes");
        test(section.assignee).selectItem("reviewer");
        assertThat(reviews.get(claim.id()).assignee()).isEqualTo("reviewer");
        assertThat(section.rationale.getValue()).isEqualTo("Checked against the council minutes");

        test(section.saveVerdict).click();
        assertThat(reviews.get(claim.id()).rationale()).isEqualTo("Checked against the council minutes");
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> test(n).getText()).toList()).noneMatch(m -> m.contains("meanwhile"));
    }
}
