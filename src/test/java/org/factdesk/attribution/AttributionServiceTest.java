package org.factdesk.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.factdesk.IntegrationTest;
import org.factdesk.audit.AuditTrail;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.NewEvidence;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.Stance;
import org.factdesk.search.ClaimQuery;
import org.factdesk.search.ClaimSearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("reviewer")
class AttributionServiceTest {

    @Autowired
    AttributionService attributions;
    @Autowired
    ClaimantService claimants;
    @Autowired
    ClaimService claims;
    @Autowired
    DocumentService documents;
    @Autowired
    EvidenceService evidence;
    @Autowired
    SourceService sources;
    @Autowired
    ClaimSearchService search;
    @Autowired
    AuditTrail audit;

    private long claim(String text, int start, int end) {
        var doc = documents.create(DocumentMetadata.titled("Attribution test"), text).id();
        return claims.create(doc, NewClaim.at(start, end)).id();
    }

    @Test
    void the_sample_article_carries_the_psaki_case_as_a_wrong_role_with_note_and_evidence() {
        var psaki = search.search(new ClaimQuery(null, Set.of(), null, null, Set.of(), "Psaki", null, Set.of()),
                PageRequest.of(0, 10)).getContent();
        assertThat(psaki).hasSize(1);
        var attribution = attributions.get(psaki.getFirst().id()).orElseThrow();
        assertThat(attribution.claimant().name()).isEqualTo("Jen Psaki");
        assertThat(attribution.statedRole()).isEqualTo("US State Department spokeswoman");
        assertThat(attribution.cue()).isEqualTo("claimed");
        assertThat(attribution.check()).isEqualTo(AttributionCheck.WRONG_ROLE);
        assertThat(attribution.checkNote()).contains("White House Press Secretary");
        assertThat(attribution.sourceSpan().exact()).isEqualTo("Jen Psaki");
        assertThat(evidence.forClaim(psaki.getFirst().id())).extracting(e -> e.stance())
                .containsExactly(Stance.DISPUTES_ATTRIBUTION);
    }

    @Test
    void searching_by_an_alias_finds_claims_attributed_to_the_claimant() {
        var byKiev = search.search(new ClaimQuery(null, Set.of(), null, null, Set.of(), "Kiev", null, Set.of()),
                PageRequest.of(0, 10)).getContent();
        var byGovernment = search.search(new ClaimQuery(null, Set.of(), null, null, Set.of(), "the Ukrainian government",
                null, Set.of()), PageRequest.of(0, 10)).getContent();

        assertThat(byKiev).hasSize(1);
        assertThat(byKiev.getFirst().exact()).contains("80,000 troops");
        assertThat(byGovernment).extracting(c -> c.id()).containsExactlyElementsOf(byKiev.stream().map(c -> c.id()).toList());
    }

    @Test
    void a_check_result_needs_a_note_and_all_but_unattributable_need_evidence() {
        long claim = claim("The minister said the budget doubled.", 18, 37);
        attributions.set(claim, null, AttributionDraft.of(null, null, "said", AttributionForm.INDIRECT));

        assertThatThrownBy(() -> attributions.set(claim, null, checkOnly(AttributionCheck.CONFIRMED, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a note");
        assertThatThrownBy(() -> attributions.set(claim, null, checkOnly(AttributionCheck.WRONG_SPEAKER, "It was the deputy")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("evidence link");

        var unattributable = attributions.set(claim, null, checkOnly(AttributionCheck.UNATTRIBUTABLE,
                "No record of the minister saying this exists"));
        assertThat(unattributable.check()).isEqualTo(AttributionCheck.UNATTRIBUTABLE);
        assertThat(unattributable.checkedBy()).isEqualTo("reviewer");

        var source = sources.create(SourceDraft.web("https://example.org/transcript-" + claim, "Transcript",
                SourceKind.TRANSCRIPT));
        evidence.add(claim, NewEvidence.of(source.id(), Stance.DISPUTES_ATTRIBUTION, "The deputy minister said it"));
        var wrongSpeaker = attributions.set(claim, null, checkOnly(AttributionCheck.WRONG_SPEAKER, "It was the deputy"));
        assertThat(wrongSpeaker.check()).isEqualTo(AttributionCheck.WRONG_SPEAKER);
        assertThat(audit.history(claim)).extracting("field").contains("attribution.check", "evidence");
    }

    @Test
    void merging_claimants_keeps_every_claim_and_records_the_merge() {
        var a = claimants.create(new ClaimantDraft("Ministry of Finance", ClaimantKind.GOVERNMENT, List.of("MoF"), null, null, null));
        var b = claimants.create(new ClaimantDraft("Finance Ministry", ClaimantKind.GOVERNMENT, List.of("the treasury"), null, null, null));
        long first = claim("The Finance Ministry said revenue rose.", 0, 20);
        long second = claim("The Ministry of Finance said revenue fell.", 0, 23);
        attributions.set(first, null, AttributionDraft.of(b.id(), null, "said", AttributionForm.INDIRECT));
        attributions.set(second, null, AttributionDraft.of(a.id(), null, "said", AttributionForm.INDIRECT));

        var merged = claimants.merge(b.id(), a.id());

        assertThat(merged.aliases()).contains("MoF", "Finance Ministry", "the treasury");
        assertThat(attributions.get(first).orElseThrow().claimant().id()).isEqualTo(a.id());
        assertThat(attributions.claimIdsForClaimant(a.id())).containsExactlyInAnyOrder(first, second);
        assertThat(attributions.claimIdsForClaimant("treasury")).contains(first, second);
        assertThat(audit.history(first)).extracting("action").contains("claimants merged");
        assertThat(claimants.get(b.id()).mergedInto()).isEqualTo(a.id());
        assertThatThrownBy(() -> attributions.set(first, null, AttributionDraft.of(b.id(), null, null, null)))
                .hasMessageContaining("merged into");
    }

    @Test
    void source_and_cue_spans_follow_the_text_when_it_is_replaced() {
        var text = "Update. Kiev accused Moscow of deploying troops.";
        var doc = documents.create(DocumentMetadata.titled("Spans"), text).id();
        var claim = claims.create(doc, NewClaim.at(21, 47)).id();
        attributions.set(claim, null, new AttributionDraft(null, null, "accused", AttributionForm.INDIRECT, null, null,
                new TextSpan(8, 12, "Kiev"), new TextSpan(13, 20, "accused"),
                Set.of("cue", "form", "sourceSpan", "cueSpan")));

        documents.replaceText(doc, "Breaking. Update. Kiev accused Moscow of deploying troops.", null);

        var a = attributions.get(claim).orElseThrow();
        assertThat(a.sourceSpan()).isEqualTo(new TextSpan(18, 22, "Kiev"));
        assertThat(a.cueSpan()).isEqualTo(new TextSpan(23, 30, "accused"));
    }

    @Test
    void a_span_that_is_not_the_text_is_refused() {
        long claim = claim("Kiev accused Moscow.", 13, 19);
        assertThatThrownBy(() -> attributions.set(claim, null, new AttributionDraft(null, null, null, null, null, null,
                new TextSpan(0, 4, "Kyiv"), null, Set.of("sourceSpan"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"Kiev\"");
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_cannot_change_attributions_or_claimants() {
        assertThatThrownBy(() -> attributions.set(1, null, AttributionDraft.of(null, "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claimants.create(ClaimantDraft.named("Someone", ClaimantKind.PERSON)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claimants.merge(1, 2)).isInstanceOf(AccessDeniedException.class);
    }

    private static AttributionDraft checkOnly(AttributionCheck check, String note) {
        return new AttributionDraft(null, null, null, null, check, note, null, null, Set.of("check", "checkNote"));
    }
}
