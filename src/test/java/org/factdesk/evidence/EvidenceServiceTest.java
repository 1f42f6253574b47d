package org.factdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.IntegrationTest;
import org.factdesk.anchoring.CodePointText;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("reviewer")
class EvidenceServiceTest {

    @Autowired
    SourceService sources;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ClaimService claims;
    @Autowired
    DocumentService documents;

    @Test
    void the_same_page_with_tracking_parameters_is_one_source() {
        var first = sources.create(SourceDraft.web("https://News.example.com/a/story?id=3&utm_source=tw",
                "Story", SourceKind.NEWS_REPORT));

        assertThatThrownBy(() -> sources.create(SourceDraft.web("https://news.example.com/a/story?fbclid=x&id=3#top",
                "Story again", SourceKind.NEWS_REPORT)))
                .isInstanceOf(DuplicateSourceException.class)
                .satisfies(e -> assertThat(((DuplicateSourceException) e).existing().id()).isEqualTo(first.id()));
        assertThat(sources.findByUrl("https://news.example.com/a/story?id=3").orElseThrow().id()).isEqualTo(first.id());
    }

    @Test
    void a_claim_is_linked_to_the_exact_sentence_of_another_imported_document() {
        var article = documents.create(DocumentMetadata.titled("Article"), "The minister said 40 schools closed.").id();
        var claim = claims.create(article, NewClaim.at(18, 35)).id();
        var readoutText = "Official readout.\nThe minister stated that 14 schools were closed for repairs.";
        var readout = documents.create(DocumentMetadata.titled("Ministry readout"), readoutText).id();
        var source = sources.forDocument(readout, SourceKind.OFFICIAL_STATEMENT);
        var cp = new CodePointText(readoutText);
        int start = cp.toCodePoint(readoutText.indexOf("14 schools were closed"));

        var link = evidence.add(claim, new NewEvidence(source.id(), Stance.REFUTES, null, "paragraph 2", start,
                start + 22, null));

        assertThat(link.excerpt()).isEqualTo("14 schools were closed");
        assertThat(link.excerptRevision()).isEqualTo(1);
        assertThat(link.source().fields().documentId()).isEqualTo(readout);
        assertThat(evidence.stanceCounts(claim).get(Stance.REFUTES)).isEqualTo(1);
        assertThat(evidence.citing(source.id())).extracting(EvidenceView::claimId).containsExactly(claim);
        assertThatThrownBy(() -> evidence.add(claim, new NewEvidence(source.id(), Stance.REFUTES, "40 schools", null,
                start, start + 22, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void hostile_web_addresses_and_oversized_excerpts_are_refused() {
        assertThatThrownBy(() -> sources.create(SourceDraft.web("javascript:alert(1)", "x", SourceKind.DOCUMENT)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("http");
        var doc = documents.create(DocumentMetadata.titled("Long"), "Some claim here.").id();
        var claim = claims.create(doc, NewClaim.at(0, 10)).id();
        var source = sources.create(SourceDraft.web("https://example.org/long-" + claim, "Long", SourceKind.DOCUMENT));
        assertThatThrownBy(() -> evidence.add(claim, NewEvidence.of(source.id(), Stance.CONTEXT, "x".repeat(5001))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 5000");
    }
}
