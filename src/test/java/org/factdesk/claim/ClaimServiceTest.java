package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdesk.IntegrationTest;
import org.factdesk.anchoring.CodePointText;
import org.factdesk.anchoring.Reanchoring.Outcome;
import org.factdesk.audit.AuditTrail;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("reviewer")
class ClaimServiceTest {

    @Autowired
    ClaimService claims;
    @Autowired
    ClaimQueries queries;
    @Autowired
    DocumentService documents;
    @Autowired
    AuditTrail audit;

    private long document(String text) {
        return documents.create(DocumentMetadata.titled("Claims test"), text).id();
    }

    private static int at(String text, String quote) {
        var cp = new CodePointText(text);
        return cp.toCodePoint(text.indexOf(quote));
    }

    @Test
    void a_claim_is_created_on_code_point_offsets_with_its_quote_and_context() {
        var text = "\uD83D\uDE80 Launch: Kiev accused Moscow of deploying more than 80,000 troops.";
        long doc = document(text);
        int start = at(text, "more than 80,000 troops");

        var claim = claims.create(doc, new NewClaim(start, start + 23, "more than 80,000 troops", null, List.of("Troops ")));

        assertThat(claim.exact()).isEqualTo("more than 80,000 troops");
        assertThat(claim.claimText()).isEqualTo("more than 80,000 troops");
        assertThat(claim.anchor().prefix()).endsWith("deploying ");
        assertThat(claim.anchor().suffix()).isEqualTo(".");
        assertThat(claim.tags()).containsExactly("troops");
        assertThat(claim.status()).isEqualTo(ClaimStatus.UNCHECKED);
        assertThat(claim.createdBy()).isEqualTo("reviewer");
        assertThat(audit.history(claim.id())).extracting("action").containsExactly("created");
    }

    @Test
    void a_combining_mark_counts_as_its_own_position() {
        var text = "Cafe\u0301 owner said prices rose.";
        long doc = document(text);
        // NFC composes e + combining acute into one code point: "Caf\u00e9" is four positions.
        var claim = claims.create(doc, new NewClaim(5, 10, "owner", null, List.of()));
        assertThat(claim.exact()).isEqualTo("owner");
    }

    @Test
    void offsets_that_do_not_fit_the_text_are_refused_with_a_reason() {
        long doc = document("Short text here.");
        assertThatThrownBy(() -> claims.create(doc, NewClaim.at(5, 5))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("smaller than end");
        assertThatThrownBy(() -> claims.create(doc, NewClaim.at(0, 99))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("past its end");
        assertThatThrownBy(() -> claims.create(doc, new NewClaim(0, 5, "Long", null, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"Short\"");
    }

    @Test
    void overlapping_and_nested_claims_are_allowed() {
        var text = "Psaki claimed the concentration is more than at any time since 2014.";
        long doc = document(text);
        var outer = claims.create(doc, NewClaim.at(at(text, "the concentration"), text.length() - 1));
        var inner = claims.create(doc, NewClaim.at(at(text, "more than"), at(text, "more than") + 9));

        assertThat(claims.forDocument(doc)).extracting(ClaimView::id).containsExactly(outer.id(), inner.id());
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_and_nothing_is_overwritten() {
        long doc = document("The summit will be in a third country.");
        var claim = claims.create(doc, NewClaim.at(4, 10));
        claims.update(claim.id(), claim.version(), ClaimEdit.text("A summit was offered"));

        assertThatThrownBy(() -> claims.update(claim.id(), claim.version(), ClaimEdit.text("Overwrite")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(claims.get(claim.id()).claimText()).isEqualTo("A summit was offered");
        assertThat(audit.history(claim.id())).extracting("action").containsExactly("created", "updated");
    }

    @Test
    void replacing_the_text_re_anchors_every_claim_and_reports_each_outcome() {
        var before = "Intro. Kiev accused Moscow of deploying more than 80,000 troops. Shoigu cited control checks.";
        long doc = document(before);
        var troops = claims.create(doc, NewClaim.at(at(before, "more than 80,000 troops"), at(before, "more than 80,000 troops") + 23));
        var checks = claims.create(doc, NewClaim.at(at(before, "control checks"), at(before, "control checks") + 14));
        var intro = claims.create(doc, NewClaim.at(0, 5));

        var after = "A new lead paragraph.\nIntroduction. Kiev accused Moscow of deploying more than 80,000 troops. "
                + "Shoigu denied everything.";
        var report = documents.replaceText(doc, after, 1L).report(ReanchorReport.class);

        assertThat(report.revision()).isEqualTo(2);
        var byId = report.claims().stream().collect(java.util.stream.Collectors.toMap(e -> e.claimId(), e -> e));
        assertThat(byId.get(troops.id()).outcome()).isEqualTo(Outcome.MOVED);
        assertThat(after.substring(byId.get(troops.id()).start(), byId.get(troops.id()).end()))
                .isEqualTo("more than 80,000 troops");
        assertThat(byId.get(checks.id()).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(claims.get(checks.id()).anchorState()).isEqualTo(AnchorState.NEEDS_REVIEW);
        assertThat(byId.get(intro.id()).outcome()).isNotEqualTo(Outcome.ANCHORED);
        assertThat(queries.countNeedingAttention(doc)).isGreaterThanOrEqualTo(1);
        assertThat(audit.history(troops.id())).extracting("action").contains("reanchored");
    }

    @Test
    void a_claim_that_needs_review_is_placed_again_by_reselecting_its_words() {
        long doc = document("Shoigu cited control checks.");
        var claim = claims.create(doc, NewClaim.at(13, 27));
        documents.replaceText(doc, "Shoigu explained it by routine inspections.", null);
        var stale = claims.get(claim.id());
        assertThat(stale.anchorState()).isEqualTo(AnchorState.NEEDS_REVIEW);

        var placed = claims.reselect(claim.id(), stale.version(), 23, 42, "routine inspections");
        assertThat(placed.anchorState()).isEqualTo(AnchorState.ANCHORED);
        assertThat(placed.exact()).isEqualTo("routine inspections");
        assertThat(placed.anchoredRevision()).isEqualTo(2);
    }

    @Test
    void replacing_the_text_with_a_stale_revision_is_refused() {
        long doc = document("Version one.");
        documents.replaceText(doc, "Version two.", 1L);
        assertThatThrownBy(() -> documents.replaceText(doc, "Version three.", 1L)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void deleting_a_claim_keeps_its_history() {
        long doc = document("Text with a claim in it.");
        var claim = claims.create(doc, NewClaim.at(12, 17));
        claims.delete(claim.id(), claim.version());

        assertThat(audit.history(claim.id())).extracting("action").containsExactly("created", "deleted");
    }

    @Test
    void claims_are_searched_by_text_status_and_document() {
        long doc = document("Unique phrase zebra crossing and more words.");
        claims.create(doc, NewClaim.at(7, 20));
        var found = queries.search(new ClaimFilter(doc, java.util.Set.of(ClaimStatus.UNCHECKED), "ZEBRA",
                java.util.Set.of(), null, null), PageRequest.of(0, 10));
        assertThat(found.getContent()).extracting(ClaimView::exact).containsExactly("phrase zebra ");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_claims_but_cannot_create_them() {
        assertThatThrownBy(() -> claims.create(1, NewClaim.at(0, 5))).isInstanceOf(AccessDeniedException.class);
    }
}
