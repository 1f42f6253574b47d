package org.factdesk.publication;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org ClaimReview for a publication, with what Google's ClaimReview documentation requires
 * ({@code claimReviewed}, {@code reviewRating}, {@code url}, {@code author}, {@code datePublished},
 * {@code itemReviewed}) and recommends ({@code alternateName}, rating bounds on a numeric scale, the
 * claim's author, date and appearance). Built from the frozen record only, so it reads the same for
 * as long as the publication exists.
 */
public final class ClaimReviewJson {

    /** The properties every item carries; the tests check each exported item against this list. */
    public static final List<String> REQUIRED = List.of("@context", "@type", "url", "claimReviewed", "author",
            "datePublished", "reviewRating", "itemReviewed");

    private ClaimReviewJson() {
    }

    /**
     * The ClaimReview of one version.
     *
     * @param versions the fact check's versions up to and including this one, oldest first: a
     *     correction keeps the first version's date as {@code datePublished}, gains {@code dateModified}
     *     and lists every correction so far
     */
    public static ObjectNode of(PublicationView publication, List<PublicationView> versions, PublishingProperties desk) {
        var check = publication.check();
        var node = CanonicalJson.JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", "ClaimReview");
        node.put("url", desk.pageUrl(publication.id()));
        node.put("claimReviewed", check.claim());
        var first = versions.isEmpty() ? publication : versions.getFirst();
        node.put("datePublished", first.publishedAt().toString());
        if (check.version() > 1) {
            node.put("dateModified", check.publishedAt().toString());
            var corrections = node.putArray("correction");
            for (var version : versions) {
                var c = version.check().correction();
                if (c != null && version.version() <= check.version()) {
                    var comment = corrections.addObject();
                    comment.put("@type", "CorrectionComment");
                    comment.put("text", c.note());
                    comment.put("datePublished", version.publishedAt().toString());
                }
            }
        }
        node.put("version", check.version());
        var author = node.putObject("author");
        author.put("@type", "Organization");
        author.put("name", desk.organizationName());
        if (desk.organizationUrl() != null) {
            author.put("url", desk.organizationUrl());
        }
        var rating = node.putObject("reviewRating");
        rating.put("@type", "Rating");
        var verdict = check.verdict();
        if (verdict.rating() != null) {
            rating.put("ratingValue", verdict.rating());
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        rating.put("alternateName", verdict.label());
        var item = node.putObject("itemReviewed");
        item.put("@type", "Claim");
        var a = check.attribution();
        if (a != null && a.claimant() != null) {
            var claimant = item.putObject("author");
            boolean person = "PERSON".equals(a.claimantKind());
            claimant.put("@type", person ? "Person" : "Organization");
            claimant.put("name", a.claimant());
            if (a.wikidataId() != null) {
                claimant.put("sameAs", "https://www.wikidata.org/wiki/" + a.wikidataId());
            }
            if (a.statedRole() != null && person) {
                claimant.put("jobTitle", a.statedRole());
            }
        }
        var article = check.article();
        item.put("datePublished", article.publishedAt() != null ? article.publishedAt().toString()
                : first.publishedAt().toString().substring(0, 10));
        var appearance = item.putArray("appearance").addObject();
        appearance.put("@type", "CreativeWork");
        if (article.url() != null) {
            appearance.put("url", article.url());
        }
        appearance.put("headline", article.title());
        if (article.publisher() != null) {
            var pub = appearance.putObject("publisher");
            pub.put("@type", "Organization");
            pub.put("name", article.publisher());
        }
        return node;
    }
}
