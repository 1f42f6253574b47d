package org.factdesk.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionView;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantView;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceView;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceView;
import org.factdesk.evidence.Stance;
import org.factdesk.publication.PublicationView;
import org.factdesk.verification.ClaimRecord;
import org.factdesk.verification.ReviewView;
import org.factdesk.verification.VerdictView;
import org.jspecify.annotations.Nullable;

/**
 * A published claim in a report says what was published: the claim's record with the parts that
 * can change without reopening it (the claimant's name, the sources' titles and addresses, the
 * verdict's label on the scale) and everything the desk decided (verdict, rationale, attribution,
 * evidence, people) taken from its newest publication. Where the words sit in the article stays the
 * live placement, because a report prints the article's current text.
 */
final class PublishedRecords {

    private PublishedRecords() {
    }

    static ClaimRecord asPublished(ClaimRecord live, @Nullable PublicationView publication, Map<String, VerdictView> scale) {
        if (publication == null || live.claim().status() != ClaimStatus.PUBLISHED) {
            return live;
        }
        var check = publication.check();
        var c = live.claim();
        var claim = new ClaimView(c.id(), c.documentId(), c.anchor(), c.anchorState(), c.originalExact(),
                c.anchoredRevision(), check.claim(), c.tags(), c.status(), c.createdAt(), c.createdBy(), c.updatedAt(),
                c.updatedBy(), c.version(), c.duplicateOf());
        return new ClaimRecord(claim, attribution(live.attribution(), check.attribution()),
                review(live.review(), publication, scale), evidence(live.evidence(), check.evidence()));
    }

    private static @Nullable AttributionView attribution(@Nullable AttributionView live,
            org.factdesk.publication.PublishedCheck.@Nullable Attribution published) {
        if (live == null || published == null) {
            return live;
        }
        var claimant = live.claimant();
        if (claimant != null && published.claimant() != null) {
            claimant = new ClaimantView(claimant.id(), published.claimant(), published.claimantKind() == null
                    ? claimant.kind() : ClaimantKind.valueOf(published.claimantKind()), List.of(), claimant.roles(),
                    published.wikidataId(), claimant.notes(), null, claimant.createdAt(), claimant.createdBy(),
                    claimant.updatedAt(), claimant.version());
        }
        return new AttributionView(live.claimId(), claimant, published.statedRole(), published.cue(),
                AttributionForm.valueOf(published.form()), AttributionCheck.valueOf(published.check()),
                published.checkNote(), live.checkedBy(), live.checkedAt(), live.sourceSpan(), live.cueSpan(),
                live.sourceNotice(), live.cueNotice(), live.updatedAt(), live.updatedBy(), live.version());
    }

    private static ReviewView review(ReviewView live, PublicationView publication, Map<String, VerdictView> scale) {
        var check = publication.check();
        var v = check.verdict();
        var onScale = scale.get(v.code());
        var verdict = new VerdictView(v.code(), v.label(), onScale == null ? "#607d8b" : onScale.color(),
                onScale == null ? Integer.MAX_VALUE - 1 : onScale.position(), v.rating());
        return new ReviewView(live.claimId(), verdict, check.rationale(), check.noEvidenceNote(), check.people().verdictBy(),
                live.verdictAt(), check.people().approvedBy(), check.publishedAt(), live.assignee(), live.version(),
                live.verdictAuthors(), live.importedFrom(), live.corrections());
    }

    private static List<EvidenceView> evidence(List<EvidenceView> live,
            List<org.factdesk.publication.PublishedCheck.Evidence> published) {
        Map<Long, EvidenceView> byId = live.stream().collect(Collectors.toMap(EvidenceView::id, Function.identity()));
        return published.stream().filter(p -> byId.containsKey(p.evidenceId())).map(p -> {
            var e = byId.get(p.evidenceId());
            var s = e.source();
            var f = s.fields();
            var source = new SourceView(s.id(), new SourceDraft(p.url(), f.documentId(), p.source(), p.publisher(),
                    f.author(), f.publishedOn(), f.accessedOn(), f.kind(), p.archivedCopy(), f.reliability(),
                    f.reliabilityNote(), f.notes()), s.canonicalUrl(), s.createdAt(), s.createdBy(), s.updatedAt(),
                    s.version(), s.citations());
            return new EvidenceView(e.id(), e.claimId(), source, Stance.valueOf(p.stance()), p.excerpt(), p.locator(),
                    e.excerptStart(), e.excerptEnd(), e.excerptRevision(), e.excerptPlacement(), e.note(), e.createdAt(),
                    e.createdBy(), e.version());
        }).toList();
    }
}
