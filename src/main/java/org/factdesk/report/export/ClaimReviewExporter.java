package org.factdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.claim.ClaimStatus;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org ClaimReview (JSON-LD), one per published claim: what was claimed, by whom and where,
 * the rating on the verdict scale, who reviewed it and when, and the fact check's address.
 */
public final class ClaimReviewExporter implements Exporter {

    @Override
    public String format() {
        return "claimreview";
    }

    @Override
    public String contentType() {
        return "application/ld+json";
    }

    @Override
    public String extension() {
        return "claimreview.jsonld";
    }

    @Override
    public @org.jspecify.annotations.Nullable String nothingToExport(DocumentReport report) {
        boolean any = report.claims().stream()
                .anyMatch(c -> c.claim().status() == ClaimStatus.PUBLISHED && c.review().verdict() != null);
        return any ? null : "No published claim with a verdict here: a ClaimReview export lists only published fact "
                + "checks. Publish a claim (its verdict approved by a second person), then export again.";
    }

    @Override
    public void write(DocumentReport report, OutputStream out) throws IOException {
        var array = JsonExporter.JSON.createArrayNode();
        var publisher = report.publisher();
        for (var c : report.claims()) {
            Exporter.checkCancelled();
            var r = c.review();
            if (c.claim().status() != ClaimStatus.PUBLISHED || r.verdict() == null) {
                continue;
            }
            var node = array.addObject();
            node.put("@context", "https://schema.org");
            node.put("@type", "ClaimReview");
            node.put("url", publisher.factCheckBaseUrl().replaceAll("/+$", "") + "/" + c.claim().id());
            node.put("claimReviewed", c.claim().claimText());
            // A corrected fact check keeps its first publication date; the correction says when and why it changed.
            var firstPublished = r.corrections().isEmpty() || r.corrections().getFirst().publishedAt() == null
                    ? r.approvedAt() : r.corrections().getFirst().publishedAt();
            if (firstPublished != null) {
                node.put("datePublished", firstPublished.toString().substring(0, 10));
            }
            if (!r.corrections().isEmpty() && r.approvedAt() != null) {
                node.put("dateModified", r.approvedAt().toString().substring(0, 10));
            }
            if (!r.corrections().isEmpty()) {
                var corrections = node.putArray("correction");
                for (var correction : r.corrections()) {
                    var comment = corrections.addObject();
                    comment.put("@type", "CorrectionComment");
                    comment.put("text", correction.note());
                    comment.put("datePublished", correction.correctedAt().toString().substring(0, 10));
                }
            }
            var author = node.putObject("author");
            author.put("@type", "Organization");
            author.put("name", publisher.name());
            if (publisher.url() != null) {
                author.put("url", publisher.url());
            }
            var rating = node.putObject("reviewRating");
            rating.put("@type", "Rating");
            if (r.verdict().rating() != null) {
                rating.put("ratingValue", r.verdict().rating());
                rating.put("bestRating", 5);
                rating.put("worstRating", 1);
            }
            rating.put("alternateName", r.verdict().label());
            var item = node.putObject("itemReviewed");
            item.put("@type", "Claim");
            var a = c.attribution();
            if (a != null && a.claimant() != null) {
                var claimant = item.putObject("author");
                claimant.put("@type", a.claimant().kind() == ClaimantKind.PERSON ? "Person" : "Organization");
                claimant.put("name", a.claimant().name());
                if (a.claimant().wikidataId() != null) {
                    claimant.put("sameAs", "https://www.wikidata.org/wiki/" + a.claimant().wikidataId());
                }
                if (a.statedRole() != null && a.claimant().kind() == ClaimantKind.PERSON) {
                    claimant.put("jobTitle", a.statedRole());
                }
            }
            var d = report.document();
            if (d != null) {
                if (d.metadata().publishedAt() != null) {
                    item.put("datePublished", d.metadata().publishedAt().toString());
                }
                var appearance = item.putObject("appearance");
                appearance.put("@type", "CreativeWork");
                if (d.metadata().sourceUrl() != null) {
                    appearance.put("url", d.metadata().sourceUrl());
                }
                appearance.put("headline", d.metadata().title());
                if (d.metadata().publisher() != null) {
                    ObjectNode pub = appearance.putObject("publisher");
                    pub.put("@type", "Organization");
                    pub.put("name", d.metadata().publisher());
                }
            }
        }
        JsonExporter.JSON.writeValue(out, array);
    }
}
