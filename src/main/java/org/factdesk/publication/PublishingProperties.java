package org.factdesk.publication;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the fact checks, for the published pages, reports and ClaimReview
 * ({@code factdesk.publishing.*}).
 *
 * @param organizationName the newsroom's name, the author of ClaimReviews
 * @param organizationUrl the newsroom's home page
 * @param factCheckBaseUrl where published fact checks live; a publication's is this plus "/" and its id
 *     (Factdesk's own pages are {@code APP_BASE_URL/published})
 * @param appBaseUrl where this Factdesk is reached, for links to documents and claims
 * @param publicPages whether {@code /published} (the pages and the feed) is open to everyone; when
 *     off, the same pages need a sign-in
 */
@ConfigurationProperties("factdesk.publishing")
public record PublishingProperties(@DefaultValue("Factdesk newsroom") String organizationName,
        @Nullable String organizationUrl, @DefaultValue("http://localhost:8080/published") String factCheckBaseUrl,
        @DefaultValue("http://localhost:8080") String appBaseUrl, @DefaultValue("false") boolean publicPages) {

    /** The address of one publication's page. */
    public String pageUrl(long publicationId) {
        return factCheckBaseUrl.replaceAll("/+$", "") + "/" + publicationId;
    }
}
