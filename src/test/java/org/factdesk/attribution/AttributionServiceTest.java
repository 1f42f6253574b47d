package org.factdesk.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.factdesk.base.Patch;
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
        attributions.set(claim, null, cueAndSpans("accused", new TextSpan(8, 12, "Kiev"), new TextSpan(13, 20, "accused")));

        documents.replaceText(doc, "Breaking. Update. Kiev accused Moscow of deploying troops.", null);

        var a = attributions.get(claim).orElseThrow();
        assertThat(a.sourceSpan()).isEqualTo(new TextSpan(18, 22, "Kiev"));
        assertThat(a.cueSpan()).isEqualTo(new TextSpan(23, 30, "accused"));
    }

    private static TextSpan words(String text, String sentence, String words) {
        int at = text.indexOf(sentence) + sentence.indexOf(words);
        return new TextSpan(at, at + words.length(), words);
    }

    private long attributed(long doc, String text, String sentence, String source, String cue) {
        int start = text.indexOf(sentence);
        var claim = claims.create(doc, NewClaim.at(start, start + sentence.length())).id();
        attributions.set(claim, null, cueAndSpans(cue, words(text, sentence, source), words(text, sentence, cue)));
        return claim;
    }

    /** Issue 36: the Texas cue went to the "said" of "Critics said", the White House's to Texas's, unflagged. */
    @Test
    void a_replaced_text_never_leaves_a_source_or_cue_silently_on_other_words() {
        var house = "The White House said on Friday that the economy added 467,000 jobs in January.";
        var critics = "Critics said the figures were misleading.";
        var texas = "The governor of Texas said the state had created more jobs than any other.";
        var before = house + "\n\n" + critics + "\n\n" + texas;
        var doc = documents.create(DocumentMetadata.titled("Jobs"), before).id();
        long houseClaim = attributed(doc, before, house, "The White House", "said");
        long criticsClaim = attributed(doc, before, critics, "Critics", "said");
        long texasClaim = attributed(doc, before, texas, "The governor of Texas", "said");

        var after = texas + "\n\n" + house.replace("467,000", "476,000");
        var replaced = documents.replaceText(doc, after, null);

        var t = attributions.get(texasClaim).orElseThrow();
        assertThat(t.cueSpan()).isEqualTo(words(after, texas, "said"));
        assertThat(t.sourceSpan()).isEqualTo(words(after, texas, "The governor of Texas"));
        assertThat(t.spansNeedCheck()).isFalse();
        // Its sentence was edited: placed on its own words, and a person is asked, never elsewhere.
        var h = attributions.get(houseClaim).orElseThrow();
        for (var span : new TextSpan[] {h.cueSpan(), h.sourceSpan()}) {
            assertThat(span).isIn(words(after, "The White House said", "said"),
                    words(after, "The White House said", "The White House"));
        }
        // The Critics' sentence is gone: both spans cleared, their words kept to mark again.
        var c = attributions.get(criticsClaim).orElseThrow();
        assertThat(c.sourceSpan()).isNull();
        assertThat(c.cueSpan()).isNull();
        assertThat(c.sourceNotice()).isEqualTo(new SpanNotice(org.factdesk.anchoring.SpanCheck.NOT_FOUND, "Critics"));
        assertThat(c.cueNotice()).isEqualTo(new SpanNotice(org.factdesk.anchoring.SpanCheck.NOT_FOUND, "said"));
        assertThat(c.cueNotice().sentence("cue")).isEqualTo("The cue \u201Csaid\u201D was not found in the new text and "
                + "was cleared: mark it again.");

        var spans = replaced.reports(org.factdesk.document.SpansReport.class);
        var summary = org.factdesk.document.SpansReport.summary(spans);
        assertThat(spans.stream().mapToInt(r -> r.spans().size()).sum()).isEqualTo(6);
        assertThat(summary).startsWith("3 sources: ").contains("1 not found (cleared)").contains("3 cues: ");

        // Marking the words again ends the check.
        var marked = attributions.set(criticsClaim, null, AttributionDraft.none().withSpans(Patch.absent(), Patch.of(words(after, texas, "said"))));
        assertThat(marked.cueNotice()).isNull();
        assertThat(marked.sourceNotice()).isNotNull();
    }

    @Test
    void an_excerpt_quoting_a_desk_document_follows_its_words_or_keeps_them_and_its_revision() {
        var text = "Minutes. The council voted 7 to 2 to close the library. Other business followed.";
        var doc = documents.create(DocumentMetadata.titled("Council minutes"), text).id();
        var source = sources.forDocument(doc, SourceKind.DOCUMENT);
        long claim = claim("The council closed the library.", 0, 30);
        int at = text.indexOf("voted 7 to 2");
        var kept = evidence.add(claim, new NewEvidence(source.id(), Stance.SUPPORTS, "voted 7 to 2", null, at,
                at + 12, null));
        int other = text.indexOf("Other business");
        var lost = evidence.add(claim, new NewEvidence(source.id(), Stance.CONTEXT, "Other business", null, other,
                other + 14, null));

        documents.replaceText(doc, "Minutes (corrected). The council voted 7 to 2 to close the library.", null);

        var views = evidence.forClaim(claim);
        var followed = views.stream().filter(e -> e.id() == kept.id()).findFirst().orElseThrow();
        assertThat(followed.excerptStart()).isEqualTo(at + 12);
        assertThat(followed.excerptRevision()).isEqualTo(2);
        assertThat(followed.excerptPlacement()).isNull();
        var cleared = views.stream().filter(e -> e.id() == lost.id()).findFirst().orElseThrow();
        assertThat(cleared.excerptStart()).isNull();
        assertThat(cleared.excerpt()).isEqualTo("Other business");
        assertThat(cleared.excerptRevision()).isEqualTo(1);
        assertThat(cleared.excerptPlacement()).isEqualTo(org.factdesk.anchoring.SpanCheck.NOT_FOUND);
    }

    @Test
    void a_span_that_is_not_the_text_is_refused() {
        long claim = claim("Kiev accused Moscow.", 13, 19);
        assertThatThrownBy(() -> attributions.set(claim, null, AttributionDraft.none().withSpans(Patch.of(new TextSpan(0, 4, "Kyiv")), Patch.absent())))
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
        return AttributionDraft.checked(check, note);
    }

    /** The cue in the indirect form, with the source's and the cue's words. */
    private static AttributionDraft cueAndSpans(String cue, TextSpan source, TextSpan cueWords) {
        return AttributionDraft.none().with(Patch.absent(), Patch.absent(), Patch.of(cue),
                Patch.of(AttributionForm.INDIRECT)).withSpans(Patch.of(source), Patch.of(cueWords));
    }
}
